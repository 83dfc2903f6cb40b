/* eslint-disable lingui/no-unlocalized-strings -- Web Crypto algorithm names */
import { fromBase64Url, toBase64Url } from '../../../lib/crypto/base64url.ts'

/*
 * Ops and snapshots as the server stores them: AES-GCM with a fresh 96-bit IV, bound by
 * additional data to the account and the op (so the server cannot swap blobs between ops or
 * accounts), and padded to 256-byte steps so sizes do not give away how much was written.
 */

const STEP = 256
const IV_BYTES = 12
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export interface SealedBlob {
  iv: string
  ct: string
}

export function opAdditionalData(accountId: string, opId: string): string {
  return `harbour-v1|${accountId}|${opId}`
}

export function snapshotAdditionalData(accountId: string, uptoSeq: number): string {
  return `harbour-v1|${accountId}|snapshot|${uptoSeq}`
}

export async function sealPadded(
  key: CryptoKey,
  value: unknown,
  additionalData: string,
): Promise<SealedBlob> {
  const text = encoder.encode(JSON.stringify(value))
  // JSON ignores trailing spaces, so spaces pad it without any length field.
  const padded = new Uint8Array(Math.max(1, Math.ceil(text.length / STEP)) * STEP).fill(0x20)
  padded.set(text)
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(additionalData) },
    key,
    padded,
  )
  return { iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) }
}

/** Opens a blob; throws when the key is wrong or a bit was changed (GCM's tag catches both). */
export async function openPadded(
  key: CryptoKey,
  blob: SealedBlob,
  additionalData: string,
): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(blob.iv), additionalData: encoder.encode(additionalData) },
    key,
    fromBase64Url(blob.ct),
  )
  return JSON.parse(decoder.decode(plain)) as unknown
}
