import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'

/** A part of My space that does not exist: kind, and a way back. */
export function MySpaceNotFound() {
  const { t } = useLingui()
  usePageTitle(t`Page not found`)
  return (
    <div className="my-space">
      <PageHeading>
        <Trans>We can’t find that part of My space</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>The link may be old, or there may be a typing mistake in it.</Trans>
      </p>
      <ul className="link-list">
        <li>
          <Link to="/my-space">
            <Trans>Go to My space</Trans>
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
