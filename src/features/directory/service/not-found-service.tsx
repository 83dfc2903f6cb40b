import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'

/** A kind answer for an old or mistyped link, with ways on. */
export function NotFoundService() {
  return (
    <div className="service">
      <PageHeading>
        <Trans>We can’t find that service</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>It may have closed or moved, or the link may have a typing mistake in it.</Trans>
      </p>
      <ul className="link-list">
        <li>
          <Link to="/find-support">
            <Trans>Search for support</Trans>
          </Link>
        </li>
        <li>
          <Trans>
            If you need to talk to someone now, <Link to="/help">get help now</Link>.
          </Trans>
        </li>
      </ul>
    </div>
  )
}
