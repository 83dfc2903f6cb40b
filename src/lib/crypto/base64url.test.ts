import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { Base64UrlError, fromBase64Url, toBase64Url } from './base64url.ts'

describe('base64url', () => {
  it('matches the standard encoding for every length, and reads it back', () => {
    for (let length = 0; length <= 70; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length))
      const text = toBase64Url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect([...fromBase64Url(text)]).toEqual([...bytes])
    }
  })

  it('uses only characters that are safe in a URL fragment', () => {
    const text = toBase64Url(Uint8Array.from({ length: 256 }, (_, i) => i))
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('refuses text that was cut short, padded, or changed', () => {
    expect(() => fromBase64Url('QUJD' + 'Q')).toThrow(Base64UrlError)
    expect(() => fromBase64Url('QUI=')).toThrow(Base64UrlError)
    expect(() => fromBase64Url('QU+D')).toThrow(Base64UrlError)
    expect(() => fromBase64Url('QU D')).toThrow(Base64UrlError)
    // "QR" leaves non-zero bits after the last whole byte: not something we ever write.
    expect(() => fromBase64Url('QR')).toThrow(Base64UrlError)
  })
})
