/* eslint-disable lingui/no-unlocalized-strings -- Web Crypto algorithm names */
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { DecryptionError } from './decryption-error.ts'
import { parseEnvelope, type Envelope } from './envelope.ts'

/** AES-GCM's recommended nonce length: 96 bits (NIST SP 800-38D, 5.2.1.1). */
const IV_BYTES = 12
const KEY_BYTES = 32

const encoder = new TextEncoder()
// `fatal` so bytes that are not UTF-8 are reported rather than replaced with U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** A new random AES-GCM 256 key. Extractable, because a private link carries it. */
export function generateKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])
}

/** The raw key as base64url text, for a link's #fragment. */
export async function exportKeyText(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)))
}

/** Reads a key written by `exportKeyText`; a key of the wrong size is a damaged link. */
export async function importKeyText(text: string): Promise<CryptoKey> {
  const raw = decodePart(text)
  if (raw.length !== KEY_BYTES) throw new DecryptionError('malformed')
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
}

function gcmParams(iv: Uint8Array<ArrayBuffer>, additionalData?: string): AesGcmParams {
  return additionalData === undefined
    ? { name: 'AES-GCM', iv }
    : { name: 'AES-GCM', iv, additionalData: encoder.encode(additionalData) }
}

/**
 * Seals any JSON value. Every call draws a fresh random IV: reusing one with the same key would
 * break GCM's secrecy and its tamper check. `additionalData` is not secret but is bound to the
 * result, so sealed data cannot be moved to a place meant for something else.
 */
export async function encryptJson(
  key: CryptoKey,
  value: unknown,
  additionalData?: string,
): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const plaintext = encoder.encode(JSON.stringify(value))
  const ciphertext = await crypto.subtle.encrypt(gcmParams(iv, additionalData), key, plaintext)
  return { v: 1, alg: 'A256GCM', iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ciphertext)) }
}

/**
 * Opens what `encryptJson` sealed. Throws a DecryptionError whose `reason` says what went wrong;
 * the value returned is unchecked, so callers validate its shape.
 */
export async function decryptJson(
  key: CryptoKey,
  envelope: unknown,
  additionalData?: string,
): Promise<unknown> {
  const { iv, ct } = parseEnvelope(envelope)
  const ivBytes = decodePart(iv)
  if (ivBytes.length !== IV_BYTES) throw new DecryptionError('malformed')
  const ctBytes = decodePart(ct)
  let plaintext: ArrayBuffer
  try {
    plaintext = await crypto.subtle.decrypt(gcmParams(ivBytes, additionalData), key, ctBytes)
  } catch (error) {
    // WebCrypto reports a failed tag check as a bare OperationError: the key is wrong or the
    // bytes were changed, and it cannot say which.
    throw new DecryptionError('wrong-key-or-tampered', { cause: error })
  }
  try {
    return JSON.parse(decoder.decode(plaintext)) as unknown
  } catch (error) {
    throw new DecryptionError('not-json', { cause: error })
  }
}

function decodePart(text: string): Uint8Array<ArrayBuffer> {
  try {
    return fromBase64Url(text)
  } catch (error) {
    throw new DecryptionError('malformed', { cause: error })
  }
}
