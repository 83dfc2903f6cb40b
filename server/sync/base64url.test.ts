import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64urlLength, decodedLength, isCanonicalBase64url } from './base64url.ts'

describe('isCanonicalBase64url', () => {
  it('accepts what Buffer writes, for every length', () => {
    for (let size = 0; size < 70; size++) {
      const text = randomBytes(size).toString('base64url')
      expect(isCanonicalBase64url(text), text).toBe(true)
      expect(text).toHaveLength(base64urlLength(size))
      expect(decodedLength(text)).toBe(size)
    }
  })

  it.each([
    ['padding', 'AAAA=='],
    ['standard base64 characters', 'ab+/'],
    ['spaces', 'AAAA AAAA'],
    ['an impossible length', 'AAAAA'],
    ['spare bits set in the last character', 'AB'],
    ['a line break', 'AAAA\nAAAA'],
    ['non-ASCII letters', 'ÄÄÄÄ'],
  ])('refuses %s', (_name, text) => {
    expect(isCanonicalBase64url(text)).toBe(false)
  })
})
