import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { LockChangedElsewhereError } from '../../../db/lock/lock-changed-error.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { lockProblemMessage } from './lock-problem-words.ts'

const en = i18nFor('en')

describe('what is said when changing the lock fails', () => {
  it('always says that nothing changed, and why when it is known', () => {
    const full = new Dexie.AbortError(
      'Transaction aborted',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    )
    expect(lockProblemMessage('turn-on', full, en)).toMatch(/enough space.*wasn’t locked/)
    expect(lockProblemMessage('turn-off', new Error('?'), en)).toMatch(/lock is still on/)
    expect(lockProblemMessage('change', new LockChangedElsewhereError(), en)).toMatch(
      /another Harbour tab.*old passcode still works/,
    )
    expect(
      lockProblemMessage('turn-on', new DOMException('Gone', 'InvalidStateError'), en),
    ).toMatch(/private browsing/)
  })
})
