import { describe, expect, it } from 'vitest'
import { generateRecoveryKey, groupRecoveryKey, parseRecoveryKey } from './engine/recovery-key.ts'
import { RECOVERY_KEY_FILE_NAME, recoveryKeyFileText } from './recovery-key-file.ts'

describe('recoveryKeyFileText', () => {
  it('holds the key in groups, says what it is, and where Harbour is', () => {
    const key = generateRecoveryKey()
    const text = recoveryKeyFileText(key, 'https://harbour.example')
    const keyLine = text.split('\n')[2]!
    expect(keyLine).toBe(groupRecoveryKey(key))
    expect(parseRecoveryKey(keyLine)).toMatchObject({ ok: true, key })
    expect(text).toMatch(/This key opens the things you sync with Harbour/)
    expect(text).toMatch(/I already have a recovery key/)
    expect(text).toContain('https://harbour.example/settings')
    expect(RECOVERY_KEY_FILE_NAME).toBe('harbour-recovery-key.txt')
  })
})
