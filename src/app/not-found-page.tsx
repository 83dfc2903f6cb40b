import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../ui/page-heading.tsx'

export function NotFoundPage() {
  return (
    <div>
      <PageHeading>
        <Trans>We can’t find that page</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>The link may be old, or there may be a typing mistake in it.</Trans>
      </p>
      <ul className="link-list">
        <li>
          <Link to="/">
            <Trans>Go to the start</Trans>
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
