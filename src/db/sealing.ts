import Dexie from 'dexie'
import { decryptJson, encryptJson } from '../lib/crypto/aes-gcm.ts'
import { DecryptionError } from '../lib/crypto/decryption-error.ts'
import type { Envelope } from '../lib/crypto/envelope.ts'
import { LockedError } from './lock/locked-error.ts'
import type {
  CheckInRow,
  DocumentRow,
  GoalRatingRow,
  GoalRow,
  SavedItemRow,
  ToolEntryRow,
} from './rows.ts'

/** Every table that holds something personal, with the shape of its records. */
export interface PersonalRows {
  checkIns: CheckInRow
  goals: GoalRow
  goalRatings: GoalRatingRow
  savedItems: SavedItemRow
  toolEntries: ToolEntryRow
  documents: DocumentRow
}

export type PersonalTable = keyof PersonalRows

/**
 * What stays readable in a sealed record: only what the table's indexes need to find and sort
 * records (ids, times, which goal a rating is for, which tool an entry belongs to). Everything a
 * person wrote or chose is sealed. A saved item's kind and ref are sealed too, so its
 * [kind+ref] index does not cover sealed rows.
 */
export const CLEAR_FIELDS = {
  checkIns: ['id', 'at'],
  goals: ['id', 'createdAt'],
  goalRatings: ['id', 'goalId', 'at'],
  savedItems: ['id', 'savedAt'],
  toolEntries: ['id', 'tool', 'updatedAt'],
  documents: ['id'],
} as const satisfies { [T in PersonalTable]: readonly (keyof PersonalRows[T])[] }

/** Every personal table: each one is sealed when the lock is turned on. */
export const PERSONAL_TABLES = Object.keys(CLEAR_FIELDS) as PersonalTable[]

type ClearField<T extends PersonalTable> = (typeof CLEAR_FIELDS)[T][number] & keyof PersonalRows[T]

/** A record as it is kept while the lock is on. */
export type SealedRow<T extends PersonalTable> = Pick<PersonalRows[T], ClearField<T>> & {
  sealed: Envelope
}

/** A record as it is kept: plain while the lock is off, sealed while it is on. */
export type StoredRow<T extends PersonalTable> = PersonalRows[T] | SealedRow<T>

export function isSealed<T extends PersonalTable>(row: StoredRow<T>): row is SealedRow<T> {
  return 'sealed' in row
}

/** Binds a sealed blob to its own table and record, so it cannot be moved to another one. */
function rowAdditionalData(table: PersonalTable, id: string): string {
  return `harbour-row|${table}|${id}`
}

function outsideTransactions(doing: string): void {
  // IndexedDB commits a transaction as soon as it has nothing to wait for, so awaiting WebCrypto
  // inside one would commit it half done. Crypto always happens before or after.
  if (Dexie.currentTransaction) {
    throw new Error(`Records are ${doing} outside database transactions, never inside one`)
  }
}

/**
 * Seals a record with the lock's key. The whole record goes inside, in its own field order, so
 * opening gives back exactly what was sealed; the clear fields are copied beside it for indexes.
 */
export async function sealRow<T extends PersonalTable>(
  table: T,
  row: PersonalRows[T],
  key: CryptoKey,
): Promise<SealedRow<T>> {
  outsideTransactions('sealed')
  const clear: Record<string, unknown> = {}
  for (const field of CLEAR_FIELDS[table])
    clear[field] = (row as unknown as Record<string, unknown>)[field]
  const sealed = await encryptJson(key, row, rowAdditionalData(table, row.id))
  return { ...clear, sealed } as SealedRow<T>
}

async function openSealed<T extends PersonalTable>(
  table: T,
  stored: SealedRow<T>,
  key: CryptoKey,
): Promise<PersonalRows[T]> {
  const { id } = stored as unknown as { id: string }
  const inner = await decryptJson(key, stored.sealed, rowAdditionalData(table, id))
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    throw new DecryptionError('malformed')
  }
  const opened = inner as Record<string, unknown>
  const clear = stored as unknown as Record<string, unknown>
  // A clear field changed at rest (a record moved in time, a rating moved to another goal) is
  // tampering, just like a changed blob.
  if (CLEAR_FIELDS[table].some((field) => opened[field] !== clear[field])) {
    throw new DecryptionError('wrong-key-or-tampered')
  }
  return opened as unknown as PersonalRows[T]
}

/**
 * A stored record as the rest of the app knows it. Plain records come back as they are; a sealed
 * one needs the key, and without it this throws a LockedError.
 */
export async function openRow<T extends PersonalTable>(
  table: T,
  stored: StoredRow<T>,
  key: CryptoKey | undefined,
): Promise<PersonalRows[T]> {
  if (!isSealed(stored)) return stored
  if (!key) throw new LockedError()
  outsideTransactions('opened')
  // Dexie.waitFor keeps a live query following the reads that come after this (see openRows).
  return Dexie.waitFor(openSealed(table, stored, key))
}

/**
 * Opens many stored records, keeping their order. With nothing sealed there is no crypto and no
 * waiting at all. Otherwise the work is wrapped in Dexie.waitFor: inside a live query, a read
 * made after a plain WebCrypto await would no longer be watched for changes.
 */
export async function openRows<T extends PersonalTable>(
  table: T,
  stored: readonly StoredRow<T>[],
  key: CryptoKey | undefined,
): Promise<PersonalRows[T][]> {
  if (!stored.some((row) => isSealed(row))) return stored as PersonalRows[T][]
  if (!key) throw new LockedError()
  outsideTransactions('opened')
  return Dexie.waitFor(
    Promise.all(stored.map((row) => (isSealed(row) ? openSealed(table, row, key) : row))),
    // Generous: a large history is opened in one go, and the default is one minute.
    10 * 60_000,
  )
}
