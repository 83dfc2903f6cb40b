/* eslint-disable lingui/no-unlocalized-strings -- key-derivation labels and Web Crypto names */
import { toBase64Url } from '../../../lib/crypto/base64url.ts'

/**
 * Everything sync needs, made from the recovery key with HKDF-SHA-256 under separate labels: the
 * account's name and the token that proves it (both sent to the server, which keeps only a hash
 * of the token), the key that seals every change (never leaves the device), and a key that names
 * each change without saying anything about it. A random 128-bit key needs no slow derivation.
 */
export interface SyncKeys {
  accountId: string
  authToken: string
  encKey: CryptoKey
  opIdKey: CryptoKey
}

const SALT = new TextEncoder().encode('harbour-sync-v1')

function info(label: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`harbour-v1 ${label}`)
}

export async function deriveSyncKeys(recoveryKeyBytes: Uint8Array): Promise<SyncKeys> {
  const material = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(recoveryKeyBytes),
    'HKDF',
    false,
    ['deriveBits', 'deriveKey'],
  )
  const hkdf = (label: string): HkdfParams => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: SALT,
    info: info(label),
  })
  const bits = async (label: string) =>
    toBase64Url(new Uint8Array(await crypto.subtle.deriveBits(hkdf(label), material, 256)))
  const [accountId, authToken, encKey, opIdKey] = await Promise.all([
    bits('accountId'),
    bits('authToken'),
    crypto.subtle.deriveKey(hkdf('encKey'), material, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
    crypto.subtle.deriveKey(hkdf('opIds'), material, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
  ])
  return { accountId, authToken, encKey, opIdKey }
}

/**
 * The id of the op that sends a record's change made at a given moment. The same change always
 * gets the same id, so sending it again after a lost answer is recognised by the server and
 * stored once; the id is a keyed hash, so it says nothing about the record.
 */
export async function opIdFor(keys: SyncKeys, recordKey: string, at: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    keys.opIdKey,
    new TextEncoder().encode(`${recordKey}|${at}`),
  )
  return toBase64Url(new Uint8Array(mac).slice(0, 24))
}
