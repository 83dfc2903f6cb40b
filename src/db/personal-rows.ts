/* eslint-disable lingui/no-unlocalized-strings -- an error for the log; people see saveErrorMessage's words */
import type { Table } from 'dexie'
import { db } from './database.ts'
import { readLockRecord } from './lock/lock-record.ts'
import { currentRowLock, rowLockFor, stillSameLock, type RowLock } from './lock/row-lock.ts'
import type { HarbourDatabase } from './schema.ts'
import {
  openRow,
  openRows,
  sealRow,
  type PersonalRows,
  type PersonalTable,
  type StoredRow,
} from './sealing.ts'

/*
 * How every table module reads and writes personal records, so that each works the same with
 * the lock off (plain records) and on (sealed records), and never awaits WebCrypto inside a
 * transaction (IndexedDB would commit it early). Reads: Dexie first, then open. Writes: read,
 * open, work out and seal outside any transaction; then, in one read-write transaction, check
 * nothing changed meanwhile (the lock, and whatever the change was based on) and write. If
 * something did change (another tab), the change is worked out again.
 */

export type StoredTable<T extends PersonalTable> = Table<StoredRow<T>, string>

export function storedTable<T extends PersonalTable>(
  database: HarbourDatabase,
  table: T,
): StoredTable<T> {
  return database.table(table)
}

export function keyOf(lock: RowLock): CryptoKey | undefined {
  return lock.sealed ? lock.key : undefined
}

/** A record ready to store under this lock: sealed when the lock is on, as it is when off. */
export async function toStored<T extends PersonalTable>(
  lock: RowLock,
  table: T,
  row: PersonalRows[T],
): Promise<StoredRow<T>> {
  return lock.sealed ? sealRow(table, row, lock.key) : row
}

/** Equal as stored: the same sealed blob, or the same plain record. */
export function sameStored(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Reads records with `read` (Dexie calls only) and opens them. Throws a LockedError while the
 * lock is on and this tab has no key, even when there is nothing to open, so a locked My space
 * never looks empty. The lock record is read beside the records, so a live query also answers
 * again when the lock changes.
 */
export async function readRows<T extends PersonalTable>(
  table: T,
  read: (stored: StoredTable<T>) => Promise<StoredRow<T>[]>,
): Promise<PersonalRows[T][]> {
  const database = db()
  const [record, stored] = await Promise.all([
    readLockRecord(database),
    read(storedTable(database, table)),
  ])
  return openRows(table, stored, keyOf(rowLockFor(record)))
}

/** As readRows, for one record or none. */
export async function readRow<T extends PersonalTable>(
  table: T,
  read: (stored: StoredTable<T>) => Promise<StoredRow<T> | undefined>,
): Promise<PersonalRows[T] | undefined> {
  const database = db()
  const [record, stored] = await Promise.all([
    readLockRecord(database),
    read(storedTable(database, table)),
  ])
  const lock = rowLockFor(record)
  return stored === undefined ? undefined : openRow(table, stored, keyOf(lock))
}

/** Throws a LockedError while locked; for reads that open nothing, such as counts. */
export async function checkNotLocked(): Promise<void> {
  await currentRowLock(db())
}

export interface PreparedChange<R> {
  /** Dexie reads only: false when what the change was worked out from is different now. */
  unchanged?: () => Promise<boolean>
  /** Dexie writes only. */
  write: () => Promise<R>
}

/** Another tab kept changing the same records while this one tried to save. */
export class KeptChangingError extends Error {
  override readonly name = 'KeptChangingError'
  constructor() {
    super('This was being changed somewhere else at the same moment. Please try again.')
  }
}

const MAX_ATTEMPTS = 5
const STALE = Symbol('stale')

/**
 * Makes one change to personal records, all of it or none. `prepare` runs outside transactions
 * (it may read, open and seal) and answers with the writes; those run in one read-write
 * transaction over `tables` and the lock record, only if neither changed since `prepare` ran.
 */
export async function changeRows<R>(
  tables: readonly PersonalTable[],
  prepare: (lock: RowLock, database: HarbourDatabase) => Promise<PreparedChange<R>>,
): Promise<R> {
  const database = db()
  const scope = [
    database.meta,
    database.syncOutbox,
    ...tables.map((table) => database.table(table)),
  ]
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const lock = await currentRowLock(database)
    const change = await prepare(lock, database)
    const outcome = await database.transaction(
      'rw',
      scope,
      async (): Promise<typeof STALE | { value: R }> => {
        if (!stillSameLock(await readLockRecord(database), lock)) return STALE
        if (change.unchanged && !(await change.unchanged())) return STALE
        return { value: await change.write() }
      },
    )
    if (outcome !== STALE) return outcome.value
  }
  throw new KeptChangingError()
}

/**
 * Changes one record from what it is now. `edit` gets the record (undefined when there is none)
 * and answers with the record to store (or none, to leave it) and the result to give back. It
 * must be synchronous and may run more than once, if another tab changes the record meanwhile.
 */
export function editRow<T extends PersonalTable, R>(
  table: T,
  id: string,
  edit: (current: PersonalRows[T] | undefined) => { row?: PersonalRows[T]; result: R },
): Promise<R> {
  return changeRows([table], async (lock, database) => {
    const rows = storedTable(database, table)
    const before = await rows.get(id)
    const current = before === undefined ? undefined : await openRow(table, before, keyOf(lock))
    const { row, result } = edit(current)
    const next = row === undefined ? undefined : await toStored(lock, table, row)
    return {
      unchanged: async () => sameStored(await rows.get(id), before),
      write: async () => {
        if (next !== undefined) await rows.put(next)
        return result
      },
    }
  })
}
