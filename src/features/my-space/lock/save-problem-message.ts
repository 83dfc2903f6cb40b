import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { LockedError } from '../../../db/lock/locked-error.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'

/** Why something was not saved, in words for the person, including "My space is locked". */
export function saveProblemMessage(error: unknown, i18n: I18n): string {
  if (error instanceof LockedError) {
    return i18n._(
      msg`My space is locked, so this wasn’t saved. Unlock My space with your passcode, then save it again. What you wrote is still here.`,
    )
  }
  return saveErrorMessage(error, i18n)
}
