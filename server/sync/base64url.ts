const ALPHABET = /^[A-Za-z0-9_-]*$/

/**
 * True for base64url text without padding in its one canonical form: a string that decodes and
 * encodes back to itself. (Buffer's decoder silently skips stray characters and spare bits, so a
 * loose check would let two spellings name the same bytes.)
 */
export function isCanonicalBase64url(text: string): boolean {
  if (text.length % 4 === 1 || !ALPHABET.test(text)) return false
  return Buffer.from(text, 'base64url').toString('base64url') === text
}

/** How many characters of base64url (no padding) `bytes` bytes take. */
export function base64urlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3)
}

/** How many bytes well-formed base64url text of this length decodes to. */
export function decodedLength(text: string): number {
  return Math.floor((text.length * 3) / 4)
}
