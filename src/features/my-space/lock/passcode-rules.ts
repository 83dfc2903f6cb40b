import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { MIN_PASSCODE_LENGTH, passcodeLength } from '../../../db/lock/passcode-lock.ts'

export { MIN_PASSCODE_LENGTH }

export interface NewPasscodeProblems {
  passcode?: string
  again?: string
}

/** What is wrong with a new passcode typed twice, in words for the person; {} when fine. */
export function checkNewPasscode(passcode: string, again: string, i18n: I18n): NewPasscodeProblems {
  if (passcode === '') return { passcode: i18n._(msg`Choose a passcode.`) }
  if (passcodeLength(passcode) < MIN_PASSCODE_LENGTH) {
    const least = MIN_PASSCODE_LENGTH
    return { passcode: i18n._(msg`Your passcode needs at least ${least} characters.`) }
  }
  if (again === '') return { again: i18n._(msg`Type your passcode again, so we know it is right.`) }
  // Compared as the key will be made: the same characters typed another way are the same.
  if (passcode.normalize('NFC') !== again.normalize('NFC')) {
    return { again: i18n._(msg`The two passcodes are not the same. Type it again.`) }
  }
  return {}
}
