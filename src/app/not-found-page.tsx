import { Link } from 'react-router'
import { PageHeading } from '../ui/page-heading.tsx'

export function NotFoundPage() {
  return (
    <div>
      <PageHeading>We can&rsquo;t find that page</PageHeading>
      <p className="lead">The link may be old, or there may be a typing mistake in it.</p>
      <ul className="link-list">
        <li>
          <Link to="/">Go to the start</Link>
        </li>
        <li>
          If you need to talk to someone now, <Link to="/help">get help now</Link>.
        </li>
      </ul>
    </div>
  )
}
