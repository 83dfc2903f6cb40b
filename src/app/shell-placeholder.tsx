import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/** What the app shell shows before JavaScript has drawn a page that holds personal data. */
export function ShellPlaceholder() {
  return (
    <div className="shell-placeholder">
      <p className="loading">
        <Trans>Loading…</Trans>
      </p>
      <noscript>
        <p>
          <Trans>
            This part of Harbour needs JavaScript turned on. You can still{' '}
            <Link to="/help">get help now</Link> without it.
          </Trans>
        </p>
      </noscript>
    </div>
  )
}
