import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'

/** A kind answer for an old or mistyped link, with ways on. */
export function NotFoundService() {
  return (
    <div className="service">
      <PageHeading>We can&rsquo;t find that service</PageHeading>
      <p className="lead">
        It may have closed or moved, or the link may have a typing mistake in it.
      </p>
      <ul className="link-list">
        <li>
          <Link to="/find-support">Search for support</Link>
        </li>
        <li>
          If you need to talk to someone now, <Link to="/help">get help now</Link>.
        </li>
      </ul>
    </div>
  )
}
