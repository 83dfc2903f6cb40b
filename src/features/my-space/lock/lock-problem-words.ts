import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { LockChangedElsewhereError } from '../../../db/lock/lock-changed-error.ts'
import { classifySaveError } from '../../../lib/save-error.ts'

export type LockAction = 'turn-on' | 'turn-off' | 'change'

const NOT_DONE: Record<LockAction, MessageDescriptor> = {
  'turn-on': msg`My space wasn’t locked. Nothing has changed: everything is still here, without a lock.`,
  'turn-off': msg`The lock is still on. Nothing has changed, and your passcode still works.`,
  change: msg`Your passcode hasn’t changed. Nothing else has either, and your old passcode still works.`,
}

/**
 * What to say when turning the lock on or off, or changing the passcode, failed. Each of these
 * is one transaction, so the answer is always the same: nothing changed.
 */
export function lockProblemMessage(action: LockAction, error: unknown, i18n: I18n): string {
  const notDone = i18n._(NOT_DONE[action])
  // The error's own message is English only, so the words for it are here.
  if (error instanceof LockChangedElsewhereError) {
    return i18n._(
      msg`The lock was changed in another Harbour tab or window at the same time. Close the other one, then try again. ${notDone}`,
    )
  }
  const problem = classifySaveError(error)
  if (problem === 'full') {
    return i18n._(
      msg`There isn’t enough space on this device. ${notDone} You could free up some space (for example, delete photos or apps you don’t need) and try again.`,
    )
  }
  if (problem === 'unavailable') {
    return i18n._(
      msg`Your browser isn’t letting Harbour change what it keeps right now (private browsing can do this). ${notDone}`,
    )
  }
  return i18n._(msg`Something went wrong. ${notDone} You could try again.`)
}
