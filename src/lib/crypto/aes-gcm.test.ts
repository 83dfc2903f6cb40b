import { describe, expect, it } from 'vitest'
import { decryptJson, encryptJson, exportKeyText, generateKey, importKeyText } from './aes-gcm.ts'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { DecryptionError } from './decryption-error.ts'
import type { Envelope } from './envelope.ts'

async function reasonFor(attempt: Promise<unknown>): Promise<string> {
  const error: unknown = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DecryptionError)
  return (error as DecryptionError).reason
}

function flipBit(text: string, byteIndex: number): string {
  const bytes = fromBase64Url(text)
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 1
  return toBase64Url(bytes)
}

const value = { name: 'Sam', notes: ['Loud rooms are hard', 'Café ☕'], count: 3, nothing: null }

describe('AES-GCM JSON sealing', () => {
  it('round-trips JSON in a versioned envelope, with and without additional data', async () => {
    const key = await generateKey()
    const sealed = await encryptJson(key, value)
    expect(sealed).toMatchObject({ v: 1, alg: 'A256GCM' })
    expect(fromBase64Url(sealed.iv)).toHaveLength(12)
    expect(new TextDecoder().decode(fromBase64Url(sealed.ct))).not.toContain('"name":"Sam"')
    expect(await decryptJson(key, sealed)).toEqual(value)

    const bound = await encryptJson(key, value, 'about-me')
    expect(await decryptJson(key, bound, 'about-me')).toEqual(value)
  })

  it('survives a key written out as text and read back', async () => {
    const key = await generateKey()
    const text = await exportKeyText(key)
    expect(fromBase64Url(text)).toHaveLength(32)
    const sealed = await encryptJson(key, value)
    expect(await decryptJson(await importKeyText(text), sealed)).toEqual(value)
  })

  it('fails with a clear reason for the wrong key', async () => {
    const sealed = await encryptJson(await generateKey(), value)
    expect(await reasonFor(decryptJson(await generateKey(), sealed))).toBe('wrong-key-or-tampered')
  })

  it('fails when the ciphertext, its tag, the IV or the additional data were changed', async () => {
    const key = await generateKey()
    const sealed = await encryptJson(key, value, 'about-me')
    const ctLength = fromBase64Url(sealed.ct).length
    const tampered: Envelope[] = [
      { ...sealed, ct: flipBit(sealed.ct, 0) },
      { ...sealed, ct: flipBit(sealed.ct, ctLength - 1) },
      { ...sealed, iv: flipBit(sealed.iv, 5) },
      { ...sealed, ct: toBase64Url(fromBase64Url(sealed.ct).slice(0, ctLength - 1)) },
    ]
    for (const envelope of tampered) {
      expect(await reasonFor(decryptJson(key, envelope, 'about-me'))).toBe('wrong-key-or-tampered')
    }
    expect(await reasonFor(decryptJson(key, sealed, 'safety-plan'))).toBe('wrong-key-or-tampered')
    expect(await reasonFor(decryptJson(key, sealed))).toBe('wrong-key-or-tampered')
  })

  it('tells a damaged or unknown envelope apart from a wrong key', async () => {
    const key = await generateKey()
    const sealed = await encryptJson(key, value)
    expect(await reasonFor(decryptJson(key, null))).toBe('malformed')
    expect(await reasonFor(decryptJson(key, { ...sealed, ct: 'not base64!' }))).toBe('malformed')
    expect(await reasonFor(decryptJson(key, { ...sealed, iv: 'AAAA' }))).toBe('malformed')
    expect(await reasonFor(decryptJson(key, { ...sealed, v: 2 }))).toBe('unsupported')
    expect(await reasonFor(decryptJson(key, { ...sealed, alg: 'A128CBC' }))).toBe('unsupported')
    await expect(importKeyText('AAAA')).rejects.toThrow(DecryptionError)
  })

  it('never reuses an IV, even for the same value and key', async () => {
    const key = await generateKey()
    const ivs = new Set<string>()
    const ciphertexts = new Set<string>()
    for (let i = 0; i < 1000; i++) {
      const sealed = await encryptJson(key, 'same every time')
      ivs.add(sealed.iv)
      ciphertexts.add(sealed.ct)
    }
    expect(ivs.size).toBe(1000)
    expect(ciphertexts.size).toBe(1000)
  })
})
