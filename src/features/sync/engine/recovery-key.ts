import { base32crockford } from '@scure/base'

/*
 * The recovery key: 128 random bits, written in Crockford's base 32 (no I, L, O or U, so it reads
 * aloud and copies by hand without mix-ups), then two check characters from the same alphabet:
 * the key's value modulo 1021, a prime, so any one character typed wrong and any two neighbours
 * swapped are caught here as a typo instead of looking like a key with no synced data.
 */

export const RECOVERY_KEY_BYTES = 16
const DATA_CHARS = 26
const CHECK_CHARS = 2
const GROUP = 4
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CHECK_MODULUS = 1021

export type RecoveryKeyProblem = 'empty' | 'length' | 'characters' | 'typo'

export type ParsedRecoveryKey =
  { ok: true; key: string; bytes: Uint8Array } | { ok: false; problem: RecoveryKeyProblem }

function checkCharacters(bytes: Uint8Array): string {
  let remainder = 0
  for (const byte of bytes) remainder = (remainder * 256 + byte) % CHECK_MODULUS
  return (ALPHABET[Math.floor(remainder / 32)] as string) + (ALPHABET[remainder % 32] as string)
}

/** How many letters and numbers a key has. */
export const RECOVERY_KEY_LENGTH = DATA_CHARS + CHECK_CHARS

/** A new recovery key, in its plain form (28 characters, no spaces). */
export function generateRecoveryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES))
  return base32crockford.encode(bytes) + checkCharacters(bytes)
}

/** The key in seven groups of four, for reading and copying: `7QKM-2D…`. */
export function groupRecoveryKey(key: string): string {
  return (key.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-')
}

/**
 * Reads a key as a person typed, pasted or scanned it: any case, with or without spaces and
 * dashes, O for 0 and I or L for 1 forgiven.
 */
export function parseRecoveryKey(text: string): ParsedRecoveryKey {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (cleaned.length === 0) return { ok: false, problem: 'empty' }
  if (cleaned.length !== RECOVERY_KEY_LENGTH) return { ok: false, problem: 'length' }
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(cleaned)) return { ok: false, problem: 'characters' }
  const data = cleaned.slice(0, DATA_CHARS)
  const check = cleaned.slice(DATA_CHARS)
  let bytes: Uint8Array
  try {
    bytes = base32crockford.decode(data)
  } catch {
    return { ok: false, problem: 'typo' }
  }
  if (bytes.length !== RECOVERY_KEY_BYTES || checkCharacters(bytes) !== check) {
    return { ok: false, problem: 'typo' }
  }
  return { ok: true, key: data + check, bytes }
}
