import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'

/** A part of My space that does not exist: kind, and a way back. */
export function MySpaceNotFound() {
  usePageTitle('Page not found')
  return (
    <div className="my-space">
      <PageHeading>We can&rsquo;t find that part of My space</PageHeading>
      <p className="lead">The link may be old, or there may be a typing mistake in it.</p>
      <ul className="link-list">
        <li>
          <Link to="/my-space">Go to My space</Link>
        </li>
        <li>
          If you need to talk to someone now, <Link to="/help">get help now</Link>.
        </li>
      </ul>
    </div>
  )
}
