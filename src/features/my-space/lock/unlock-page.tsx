import { Navigate, useSearchParams } from 'react-router'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { safeNext } from './lock-paths.ts'
import { UnlockScreen } from './unlock-screen.tsx'
import { useLockState } from './use-lock-state.ts'

/**
 * `/my-space/unlock?next=…`: for places outside My space (a tool, an article) that ask for the
 * passcode. Once unlocked, or if there is nothing to unlock, it goes back to where it was asked.
 */
export function UnlockPage() {
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const state = useLockState()
  if (state === undefined) return <QuietLoading />
  if (state === 'locked') return <UnlockScreen />
  return <Navigate to={next} replace />
}
