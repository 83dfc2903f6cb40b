import { describe, expect, it } from 'vitest'
import { generateRecoveryKey, groupRecoveryKey, parseRecoveryKey } from './engine/recovery-key.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { RECOVERY_KEY_FILE_NAME, recoveryKeyFileText } from './recovery-key-file.ts'

describe('recoveryKeyFileText', () => {
  it('holds the key in groups, says what it is, and where Harbour is', () => {
    const key = generateRecoveryKey()
    const text = recoveryKeyFileText(key, 'https://harbour.example', i18nFor('en'))
    const keyLine = text.split('\n')[2]!
    expect(keyLine).toBe(groupRecoveryKey(key))
    expect(parseRecoveryKey(keyLine)).toMatchObject({ ok: true, key })
    expect(text).toMatch(/This key opens the things you sync with Harbour/)
    expect(text).toMatch(/I already have a recovery key/)
    expect(text).toContain('https://harbour.example/settings')
    expect(RECOVERY_KEY_FILE_NAME).toBe('harbour-recovery-key.txt')
  })

  it('is written in Welsh for a Welsh page, pointing at the Welsh Settings', () => {
    const key = generateRecoveryKey()
    const text = recoveryKeyFileText(key, 'https://harbour.example', i18nFor('cy'))
    expect(text.split('\n')[2]).toBe(groupRecoveryKey(key))
    expect(text).toMatch(/allwedd adfer Harbour/)
    expect(text).toContain('https://harbour.example/cy/settings')
  })
})
