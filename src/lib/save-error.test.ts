import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { i18nFor } from '../i18n/i18n-instances.ts'
import { classifySaveError, saveErrorMessage } from './save-error.ts'

function named(name: string, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(name), { name }, extra)
}

describe('save errors', () => {
  it('spots a full disk, also when Dexie wraps it in an AbortError', () => {
    expect(classifySaveError(named('QuotaExceededError'))).toBe('full')
    const inner = new DOMException('Quota exceeded', 'QuotaExceededError')
    expect(classifySaveError(new Dexie.AbortError('Transaction aborted', inner))).toBe('full')
    expect(classifySaveError(named('Error', { cause: named('QuotaExceededError') }))).toBe('full')
  })

  it('spots storage that cannot be used', () => {
    expect(classifySaveError(new Dexie.MissingAPIError('No IndexedDB'))).toBe('unavailable')
    expect(classifySaveError(named('InvalidStateError'))).toBe('unavailable')
  })

  it('says when the passcode lock refused the save, and that nothing was lost', () => {
    expect(classifySaveError(named('LockedError'))).toBe('locked')
    expect(saveErrorMessage(named('LockedError'), i18nFor('en'))).toMatch(/locked.*still here/)
  })

  it('treats anything else as unknown, without throwing', () => {
    expect(classifySaveError(new Error('boom'))).toBe('unknown')
    expect(classifySaveError('a string')).toBe('unknown')
    expect(classifySaveError(null)).toBe('unknown')
  })

  it('always says nothing written was lost', () => {
    for (const error of [named('QuotaExceededError'), named('OpenFailedError'), new Error()]) {
      const message = saveErrorMessage(error, i18nFor('en'))
      expect(message).toMatch(/^We couldn't save this on your device/)
      expect(message).toContain('What you wrote is still here')
    }
  })

  it('says it in Welsh on a Welsh page', () => {
    expect(saveErrorMessage(named('LockedError'), i18nFor('cy'))).toMatch(
      /^Mae Fy lle i wedi’i gloi/,
    )
  })
})
