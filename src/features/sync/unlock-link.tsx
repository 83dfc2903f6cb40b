import { Trans } from '@lingui/react/macro'
import { Link, useLocation } from 'react-router'
import { unlockPath } from '../my-space/lock/lock-paths.ts'
import type { Status } from '../my-space/your-data/status-message.tsx'

/** A way to unlock My space that comes back to this page afterwards. */
export function UnlockLink() {
  const { pathname, search } = useLocation()
  return (
    <Link to={unlockPath(`${pathname}${search}`)}>
      <Trans>Unlock My space</Trans>
    </Link>
  )
}

/** A problem to show; when it is that My space is locked, with the way to unlock after it. */
export function problemStatus(words: string, locked: boolean): Status {
  return {
    tone: 'problem',
    text: locked ? (
      <>
        {words} <UnlockLink />
      </>
    ) : (
      words
    ),
  }
}
