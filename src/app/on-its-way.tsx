import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeading } from '../ui/page-heading.tsx'

interface Props {
  title: string
  /** What this part will do, in a sentence or two. */
  children: ReactNode
}

/** A kind page for a part of Harbour that is not built yet: never a blank screen. */
export function OnItsWay({ title, children }: Props) {
  return (
    <div className="on-its-way">
      <PageHeading>{title}</PageHeading>
      <div className="lead">{children}</div>
      <p>This part of Harbour is on its way. Thank you for your patience.</p>
      <section className="callout" aria-labelledby="on-its-way-now">
        <h2 id="on-its-way-now">In the meantime</h2>
        <ul className="link-list">
          <li>
            If you need to talk to someone now, <Link to="/help">get help now</Link>. It&rsquo;s
            free, any time of day.
          </li>
          <li>
            <Link to="/">Go back to the start</Link> to see the other parts of Harbour.
          </li>
        </ul>
      </section>
    </div>
  )
}
