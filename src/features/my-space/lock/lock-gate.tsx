import { Component, type ReactNode } from 'react'
import { Outlet } from 'react-router'
import { LockedError } from '../../../db/lock/locked-error.ts'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { UnlockScreen } from './unlock-screen.tsx'
import { useLockState } from './use-lock-state.ts'

/** What to show while locked; `onUnlocked` is for after its form has unlocked this tab. */
export type RenderLocked = (onUnlocked?: () => void) => ReactNode

const unlockScreen: RenderLocked = (onUnlocked) => <UnlockScreen onUnlocked={onUnlocked} />

interface Props {
  /** What is behind the lock; the matching route's page when used as a layout route. */
  children?: ReactNode
  /**
   * Shown while it is not yet known whether the lock is on. With `showWhileChecking`, the
   * children themselves (for a prerendered page whose first paint needs nothing personal); they
   * then stay as they are once the lock is known to be off or unlocked.
   */
  checking?: ReactNode
  showWhileChecking?: boolean
  /** Shown instead of the children while locked: the unlock screen unless given. */
  renderLocked?: RenderLocked
}

/**
 * Shows what is behind the lock only when the lock is off or this tab is unlocked; otherwise
 * the unlock screen. Get help now is never behind it.
 */
export function LockGate({
  children,
  checking = <QuietLoading />,
  showWhileChecking = false,
  renderLocked = unlockScreen,
}: Props) {
  const state = useLockState()
  if (state === undefined && !showWhileChecking) return checking
  if (state === 'locked') return renderLocked()
  return <LockedBoundary renderLocked={renderLocked}>{children ?? <Outlet />}</LockedBoundary>
}

interface BoundaryProps {
  children: ReactNode
  renderLocked: RenderLocked
}

/**
 * Another tab can lock this one's records (a new passcode, the lock turned on) between two
 * reads. A page that then meets a LockedError shows the unlock screen instead of an error page;
 * any other error goes on to the app's own error boundary.
 */
class LockedBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override render() {
    const { error } = this.state
    if (error === undefined) return this.props.children
    if (!(error instanceof LockedError)) throw error
    return this.props.renderLocked(() => this.setState({ error: undefined }))
  }
}
