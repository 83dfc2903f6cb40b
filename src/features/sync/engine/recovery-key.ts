import { base32crockford } from '@scure/base'

/*
 * The recovery key: 128 random bits, written in Crockford's base 32 (no I, L, O or U, so it reads
 * aloud and copies by hand without mix-ups) with Crockford's check symbol on the end, so a typing
 * slip is caught here as a typo instead of looking like a key with no synced data.
 */

export const RECOVERY_KEY_BYTES = 16
const DATA_CHARS = 26
const GROUP = 3
const CHECK_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U'

export type RecoveryKeyProblem = 'empty' | 'length' | 'characters' | 'typo'

export type ParsedRecoveryKey =
  { ok: true; key: string; bytes: Uint8Array } | { ok: false; problem: RecoveryKeyProblem }

function checkSymbol(bytes: Uint8Array): string {
  let remainder = 0
  for (const byte of bytes) remainder = (remainder * 256 + byte) % 37
  return CHECK_SYMBOLS[remainder] as string
}

/** A new recovery key, in its plain form (27 characters, no spaces). */
export function generateRecoveryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES))
  return base32crockford.encode(bytes) + checkSymbol(bytes)
}

/** The key in short groups, for reading and copying: `7QK-M2D-…`. */
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
  if (cleaned.length !== DATA_CHARS + 1) return { ok: false, problem: 'length' }
  const data = cleaned.slice(0, DATA_CHARS)
  const check = cleaned.slice(DATA_CHARS)
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(data) || !CHECK_SYMBOLS.includes(check)) {
    return { ok: false, problem: 'characters' }
  }
  let bytes: Uint8Array
  try {
    bytes = base32crockford.decode(data)
  } catch {
    return { ok: false, problem: 'typo' }
  }
  if (bytes.length !== RECOVERY_KEY_BYTES || checkSymbol(bytes) !== check) {
    return { ok: false, problem: 'typo' }
  }
  return { ok: true, key: data + check, bytes }
}
