import { Link } from 'react-router'
import { OnItsWay } from './on-its-way.tsx'

export function ParentsOnItsWay() {
  return (
    <OnItsWay title="For parents and carers">
      <p>
        Soon this will help you understand what your child may be going through, how to talk about
        it, and how to get help, for them and for you.
      </p>
      <p>
        You can already{' '}
        <Link to="/find-support?for=parents">find services for parents and carers</Link>, with
        helplines for parents shown first, and read the{' '}
        <Link to="/self-help?audience=parents">articles for parents and carers</Link>.
      </p>
    </OnItsWay>
  )
}

export function SchoolsOnItsWay() {
  return (
    <OnItsWay title="For schools">
      <p>
        Soon staff will be able to make a clean link, QR code or poster for any part of Harbour to
        share with pupils, with no tracking, and read what to do when a pupil tells you something.
      </p>
    </OnItsWay>
  )
}
