import { Link } from 'react-router'

/** The Get help now control: same place on every screen, never behind a menu or a lock. */
export function HelpNowLink() {
  return (
    <Link className="help-now" to="/help">
      Get help now
    </Link>
  )
}
