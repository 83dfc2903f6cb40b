import { Link } from 'react-router'

/** What the app shell shows before JavaScript has drawn a page that holds personal data. */
export function ShellPlaceholder() {
  return (
    <div className="shell-placeholder">
      <p className="loading">Loading…</p>
      <noscript>
        <p>
          This part of Harbour needs JavaScript turned on. You can still{' '}
          <Link to="/help">get help now</Link> without it.
        </p>
      </noscript>
    </div>
  )
}
