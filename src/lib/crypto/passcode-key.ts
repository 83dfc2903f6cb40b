/* eslint-disable lingui/no-unlocalized-strings -- Web Crypto algorithm names and an error for code */
/**
 * PBKDF2-HMAC-SHA256 iterations for a key made from a passcode. 600,000 is OWASP's current
 * recommendation for PBKDF2-HMAC-SHA256 (OWASP Password Storage Cheat Sheet, "PBKDF2" section).
 * Stored with whatever it protects, so it can be raised later without locking anyone out.
 */
export const PASSCODE_ITERATIONS = 600_000

const SALT_BYTES = 16

const encoder = new TextEncoder()

/** A new random 128-bit salt: one per passcode, kept beside what it protects (it is not secret). */
export function randomSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES))
}

/**
 * Turns a passcode into an AES-GCM 256 key. The passcode is NFC-normalised first, so the same
 * characters typed on a different keyboard give the same key. The key cannot be exported: it
 * only ever exists inside the browser's crypto.
 */
export async function deriveKeyFromPasscode(
  passcode: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PASSCODE_ITERATIONS,
): Promise<CryptoKey> {
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`PBKDF2 iterations must be a positive whole number, not ${iterations}`)
  }
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passcode.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}
