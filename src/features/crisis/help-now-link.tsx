import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/** The Get help now control: same place on every screen, never behind a menu or a lock. */
export function HelpNowLink() {
  return (
    <Link className="help-now" to="/help">
      <Trans>Get help now</Trans>
    </Link>
  )
}
