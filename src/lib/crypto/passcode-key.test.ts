import { pbkdf2Sync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decryptJson, encryptJson } from './aes-gcm.ts'
import { DecryptionError } from './decryption-error.ts'
import { deriveKeyFromPasscode, PASSCODE_ITERATIONS, randomSalt } from './passcode-key.ts'

// A low count keeps these tests quick; one test below uses the real count.
const FAST = 1_000

describe('keys from a passcode', () => {
  it('follows current guidance for PBKDF2-HMAC-SHA256', () => {
    expect(PASSCODE_ITERATIONS).toBe(600_000)
  })

  it('makes a new 128-bit salt every time', () => {
    const salts = new Set(Array.from({ length: 50 }, () => randomSalt().join(',')))
    expect(salts.size).toBe(50)
    expect(randomSalt()).toHaveLength(16)
  })

  it('gives the same key for the same passcode and salt, and no other', async () => {
    const salt = randomSalt()
    const sealed = await encryptJson(await deriveKeyFromPasscode('tide-42', salt, FAST), 'hello')
    expect(await decryptJson(await deriveKeyFromPasscode('tide-42', salt, FAST), sealed)).toBe(
      'hello',
    )
    for (const other of [
      deriveKeyFromPasscode('tide-43', salt, FAST),
      deriveKeyFromPasscode('tide-42', randomSalt(), FAST),
      deriveKeyFromPasscode('tide-42', salt, FAST + 1),
    ]) {
      await expect(decryptJson(await other, sealed)).rejects.toBeInstanceOf(DecryptionError)
    }
  })

  it('is PBKDF2 with HMAC-SHA256, salt and count exactly as given', async () => {
    const salt = randomSalt()
    // Derived independently by Node, then used to seal: our key must open it.
    const raw = pbkdf2Sync('tide-42', salt, FAST, 32, 'sha256')
    const reference = await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [
      'encrypt',
    ])
    const sealed = await encryptJson(reference, { ok: true })
    expect(await decryptJson(await deriveKeyFromPasscode('tide-42', salt, FAST), sealed)).toEqual({
      ok: true,
    })
  })

  it('treats the same characters typed differently as the same passcode', async () => {
    const salt = randomSalt()
    const composed = 'caf\u00e9'
    const decomposed = 'cafe\u0301'
    const sealed = await encryptJson(await deriveKeyFromPasscode(composed, salt, FAST), 1)
    expect(await decryptJson(await deriveKeyFromPasscode(decomposed, salt, FAST), sealed)).toBe(1)
  })

  it('keeps the derived key inside the browser, and works at the full count', async () => {
    const key = await deriveKeyFromPasscode('tide-42', randomSalt())
    expect(key.extractable).toBe(false)
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 })
    await expect(deriveKeyFromPasscode('x', randomSalt(), 0)).rejects.toThrow(RangeError)
  })
})
