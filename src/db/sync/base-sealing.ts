import { decryptJson, encryptJson } from '../../lib/crypto/aes-gcm.ts'
import type { BaseEntry } from './merge.ts'
import type { BaseRow } from './sync-rows.ts'

/*
 * A record's synced state holds everything it ever synced, including words later deleted, so it
 * is always sealed with the sync key, bound to its record. Crypto runs outside transactions.
 */

function additionalData(key: string): string {
  return `harbour-sync-base|${key}`
}

export async function sealBase(encKey: CryptoKey, key: string, entry: BaseEntry): Promise<BaseRow> {
  return { key, sealed: await encryptJson(encKey, entry, additionalData(key)) }
}

export async function openBase(encKey: CryptoKey, row: BaseRow): Promise<BaseEntry> {
  return (await decryptJson(encKey, row.sealed, additionalData(row.key))) as BaseEntry
}
