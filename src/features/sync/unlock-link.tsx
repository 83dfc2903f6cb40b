import { Trans } from '@lingui/react/macro'
import { Link, useLocation } from 'react-router'
import { unlockPath } from '../my-space/lock/lock-paths.ts'

/** A way to unlock My space that comes back to this page afterwards. */
export function UnlockLink() {
  const { pathname, search } = useLocation()
  return (
    <Link to={unlockPath(`${pathname}${search}`)}>
      <Trans>Unlock My space</Trans>
    </Link>
  )
}
