import { OnItsWay } from './on-its-way.tsx'

export function CheckInOnItsWay() {
  return (
    <OnItsWay title="Check in">
      <p>
        Soon you&rsquo;ll be able to note how you feel in under a minute, and see how things are
        going over time. No account, and it stays on this device.
      </p>
    </OnItsWay>
  )
}

export function MySpaceOnItsWay() {
  return (
    <OnItsWay title="My space">
      <p>
        Soon this will hold your check-ins, goals, safety plan and About me, the story you can write
        once and share only when you choose. It all stays on this device.
      </p>
    </OnItsWay>
  )
}

export function FindSupportOnItsWay() {
  return (
    <OnItsWay title="Find support">
      <p>
        Soon you&rsquo;ll be able to find services near you and online, and choose the way you want
        help: chat, text, phone, face to face or in a group.
      </p>
    </OnItsWay>
  )
}

export function ParentsOnItsWay() {
  return (
    <OnItsWay title="For parents and carers">
      <p>
        Soon this will help you understand what your child may be going through, how to talk about
        it, and how to get help, for them and for you.
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
