import { db } from '../database.ts'
import { readLockRecord } from '../lock/lock-record.ts'
import { rowLockFor } from '../lock/row-lock.ts'
import { keyOf } from '../personal-rows.ts'
import type { HarbourDatabase } from '../schema.ts'
import { openRows, type StoredRow } from '../sealing.ts'
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupRows,
  type BackupTable,
  type HarbourBackup,
} from './backup-format.ts'

type StoredRows = { [T in BackupTable]: StoredRow<T>[] }

async function readStoredRows(database: HarbourDatabase): Promise<StoredRows> {
  // Check-ins and ratings in time order, so the file reads sensibly if someone opens it.
  const [checkIns, goals, goalRatings, savedItems, toolEntries, documents] = await Promise.all([
    database.checkIns.orderBy('at').toArray(),
    database.goals.orderBy('createdAt').toArray(),
    database.goalRatings.orderBy('at').toArray(),
    database.savedItems.orderBy('savedAt').toArray(),
    database.toolEntries.orderBy('updatedAt').toArray(),
    database.documents.toArray(),
  ])
  return { checkIns, goals, goalRatings, savedItems, toolEntries, documents }
}

async function openAll(stored: StoredRows, key: CryptoKey | undefined): Promise<BackupRows> {
  const [checkIns, goals, goalRatings, savedItems, toolEntries, documents] = await Promise.all([
    openRows('checkIns', stored.checkIns, key),
    openRows('goals', stored.goals, key),
    openRows('goalRatings', stored.goalRatings, key),
    openRows('savedItems', stored.savedItems, key),
    openRows('toolEntries', stored.toolEntries, key),
    openRows('documents', stored.documents, key),
  ])
  return { checkIns, goals, goalRatings, savedItems, toolEntries, documents }
}

/**
 * Everything Harbour keeps on this device, read in one transaction so it is all one moment, then
 * opened if the lock is on: the file is plain JSON either way, and never holds the lock itself.
 * While locked this throws a LockedError: an export without the passcode would get round the lock.
 */
export async function exportEverything(now: Date = new Date()): Promise<HarbourBackup> {
  const database = db()
  const { record, stored } = await database.transaction(
    'r',
    [database.meta, ...BACKUP_TABLES.map((table) => database.table(table))],
    async () => ({
      record: await readLockRecord(database),
      stored: await readStoredRows(database),
    }),
  )
  const tables = await openAll(stored, keyOf(rowLockFor(record)))
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), tables }
}

export function backupToJson(backup: HarbourBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`
}

/**
 * How many records each table holds now. This needs no key even while locked: how many records
 * there are is not sealed.
 */
export async function countRecords(): Promise<Record<BackupTable, number>> {
  const database = db()
  const counts = await Promise.all(BACKUP_TABLES.map((table) => database.table(table).count()))
  return Object.fromEntries(BACKUP_TABLES.map((table, i) => [table, counts[i] ?? 0])) as Record<
    BackupTable,
    number
  >
}
