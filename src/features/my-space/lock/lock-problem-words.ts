import { LockChangedElsewhereError } from '../../../db/lock/lock-changed-error.ts'
import { classifySaveError } from '../../../lib/save-error.ts'

export type LockAction = 'turn-on' | 'turn-off' | 'change'

const NOT_DONE: Record<LockAction, string> = {
  'turn-on':
    'My space wasn’t locked. Nothing has changed: everything is still here, without a lock.',
  'turn-off': 'The lock is still on. Nothing has changed, and your passcode still works.',
  change:
    'Your passcode hasn’t changed. Nothing else has either, and your old passcode still works.',
}

/**
 * What to say when turning the lock on or off, or changing the passcode, failed. Each of these
 * is one transaction, so the answer is always the same: nothing changed.
 */
export function lockProblemMessage(action: LockAction, error: unknown): string {
  if (error instanceof LockChangedElsewhereError) return `${error.message} ${NOT_DONE[action]}`
  const problem = classifySaveError(error)
  if (problem === 'full') {
    return `There isn’t enough space on this device. ${NOT_DONE[action]} You could free up some space (for example, delete photos or apps you don’t need) and try again.`
  }
  if (problem === 'unavailable') {
    return `Your browser isn’t letting Harbour change what it keeps right now (private browsing can do this). ${NOT_DONE[action]}`
  }
  return `Something went wrong. ${NOT_DONE[action]} You could try again.`
}
