/* eslint-disable lingui/no-unlocalized-strings -- errors for the log */
/**
 * Base64url (RFC 4648 §5) without padding: safe in a URL's #fragment and in JSON. Decoding is
 * strict, so a link cut short or changed while being copied is caught here rather than producing
 * quietly wrong bytes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]))

export class Base64UrlError extends Error {
  override name = 'Base64UrlError'
}

export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const triple = (a << 16) | (b << 8) | c
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63]
  }
  return out
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  // One leftover character can never hold a whole byte: the text was cut short.
  if (text.length % 4 === 1) throw new Base64UrlError('Base64url text has an impossible length')
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8))
  let buffer = 0
  let bits = 0
  let at = 0
  for (const char of text) {
    const value = VALUES.get(char)
    if (value === undefined)
      throw new Base64UrlError('Base64url text has a character it cannot hold')
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (buffer >> bits) & 0xff
    }
  }
  // The unused low bits of the last character are always zero in text we wrote.
  if ((buffer & ((1 << bits) - 1)) !== 0) {
    throw new Base64UrlError('Base64url text does not end the way it should')
  }
  return bytes
}
