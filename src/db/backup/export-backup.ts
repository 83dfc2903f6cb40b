import { db } from '../database.ts'
import type { HarbourDatabase } from '../schema.ts'
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupRows,
  type BackupTable,
  type HarbourBackup,
} from './backup-format.ts'

async function readRows(database: HarbourDatabase): Promise<BackupRows> {
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

/** Everything Harbour keeps on this device, read in one transaction so it is all one moment. */
export async function exportEverything(now: Date = new Date()): Promise<HarbourBackup> {
  const database = db()
  const tables = await database.transaction(
    'r',
    BACKUP_TABLES.map((table) => database.table(table)),
    () => readRows(database),
  )
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), tables }
}

export function backupToJson(backup: HarbourBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`
}

/** How many records each table holds now. */
export async function countRecords(): Promise<Record<BackupTable, number>> {
  const database = db()
  const counts = await Promise.all(BACKUP_TABLES.map((table) => database.table(table).count()))
  return Object.fromEntries(BACKUP_TABLES.map((table, i) => [table, counts[i] ?? 0])) as Record<
    BackupTable,
    number
  >
}
