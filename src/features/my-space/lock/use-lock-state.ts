import { useSyncExternalStore } from 'react'
import { getLockState, subscribeToLockState, type LockState } from '../../../db/lock/lock-state.ts'

/**
 * Whether My space is locked in this tab: 'off', 'locked' or 'unlocked', or undefined while the
 * device is being read (and always while a prerendered page hydrates). Follows other tabs too.
 */
export function useLockState(): LockState | undefined {
  return useSyncExternalStore(subscribeToLockState, getLockState, () => undefined)
}
