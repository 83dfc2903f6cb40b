import { MIN_PASSCODE_LENGTH, passcodeLength } from '../../../db/lock/passcode-lock.ts'

export { MIN_PASSCODE_LENGTH }

export interface NewPasscodeProblems {
  passcode?: string
  again?: string
}

/** What is wrong with a new passcode typed twice, in words for the person; {} when fine. */
export function checkNewPasscode(passcode: string, again: string): NewPasscodeProblems {
  if (passcode === '') return { passcode: 'Choose a passcode.' }
  if (passcodeLength(passcode) < MIN_PASSCODE_LENGTH) {
    return { passcode: `Your passcode needs at least ${MIN_PASSCODE_LENGTH} characters.` }
  }
  if (again === '') return { again: 'Type your passcode again, so we know it is right.' }
  // Compared as the key will be made: the same characters typed another way are the same.
  if (passcode.normalize('NFC') !== again.normalize('NFC')) {
    return { again: 'The two passcodes are not the same. Type it again.' }
  }
  return {}
}
