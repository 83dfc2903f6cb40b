import type { Table } from 'dexie'
import { askToKeepDataOnce } from '../../lib/persistent-storage.ts'
import { classifySaveError, type SaveProblem } from '../../lib/save-error.ts'
import { db } from '../database.ts'
import { readLockRecord } from '../lock/lock-record.ts'
import { LockedError } from '../lock/locked-error.ts'
import { rowLockFor } from '../lock/row-lock.ts'
import { changeRows, keyOf, sameStored, toStored } from '../personal-rows.ts'
import type { DocumentRow, SavedItemRow } from '../rows.ts'
import type { HarbourDatabase } from '../schema.ts'
import { openRows, type StoredRow } from '../sealing.ts'
import {
  BACKUP_TABLES,
  type BackupRow,
  type BackupTable,
  type HarbourBackup,
} from './backup-format.ts'
import { checkBackupText, type BackupProblem } from './check-backup.ts'
import { decide } from './merge-rule.ts'

export interface TableChanges {
  /** New to this device. */
  added: number
  /** On this device already, and the file's copy is newer. */
  replaced: number
  /** On this device already, as new or newer: left as it is. */
  kept: number
}

export type PageId = DocumentRow['id']

export interface ImportSummary {
  tables: Record<BackupTable, TableChanges>
  /** Which one-of-a-kind pages (safety plan, About me, coping kit) are added or replaced. */
  pages: { added: PageId[]; replaced: PageId[] }
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; problem: BackupProblem | { kind: 'storage'; saveProblem: SaveProblem } }

interface MergePlan {
  summary: ImportSummary
  writes: Record<BackupTable, BackupRow[]>
}

type StoredBackupRow = StoredRow<BackupTable>

/** What is on the device now that an import would touch: the records with the file's ids. */
interface DeviceRows {
  /** Per table, the device's record for each of the file's records (undefined: none). */
  sameIds: Record<BackupTable, (StoredBackupRow | undefined)[]>
  /** Every saved item, when the file has any: a saved thing is one per thing, whatever its id. */
  savedItems: StoredRow<'savedItems'>[]
}

function tableOf(database: HarbourDatabase, table: BackupTable): Table<StoredBackupRow, string> {
  return database.table<StoredBackupRow, string>(table)
}

function itemKey(row: SavedItemRow): string {
  return `${row.kind}\u0000${row.ref}`
}

/** Dexie reads only, so they can be repeated inside the transaction to check nothing changed. */
async function readDeviceRows(
  database: HarbourDatabase,
  backup: HarbourBackup,
): Promise<DeviceRows> {
  const sameIds = Object.fromEntries(
    await Promise.all(
      BACKUP_TABLES.map(async (table) => {
        const incoming: readonly BackupRow[] = backup.tables[table]
        const found =
          incoming.length === 0
            ? []
            : await tableOf(database, table).bulkGet(incoming.map((row) => row.id))
        return [table, found] as const
      }),
    ),
  ) as DeviceRows['sameIds']
  const savedItems = backup.tables.savedItems.length > 0 ? await database.savedItems.toArray() : []
  return { sameIds, savedItems }
}

/** The device's records opened, for comparing with the file's. */
async function openDeviceRows(device: DeviceRows, key: CryptoKey | undefined) {
  const sameIds = Object.fromEntries(
    await Promise.all(
      BACKUP_TABLES.map(async (table) => {
        const present = device.sameIds[table].filter((row) => row !== undefined)
        const opened = new Map(
          (await openRows(table, present, key)).map((row) => [row.id, row] as const),
        )
        return [table, device.sameIds[table].map((row) => row && opened.get(row.id))] as const
      }),
    ),
  ) as Record<BackupTable, (BackupRow | undefined)[]>
  return { sameIds, savedItems: await openRows('savedItems', device.savedItems, key) }
}

/** Works out what the file would change, from the device's records as they are now. */
function planMerge(
  backup: HarbourBackup,
  device: Awaited<ReturnType<typeof openDeviceRows>>,
): MergePlan {
  const summary: ImportSummary = {
    tables: Object.fromEntries(
      BACKUP_TABLES.map((table) => [table, { added: 0, replaced: 0, kept: 0 }]),
    ) as Record<BackupTable, TableChanges>,
    pages: { added: [], replaced: [] },
  }
  const writes = Object.fromEntries(
    BACKUP_TABLES.map((table): [BackupTable, BackupRow[]] => [table, []]),
  ) as Record<BackupTable, BackupRow[]>
  // A saved article, tool or service is one per thing: the device's copy, whatever its id, wins.
  const savedThings = new Map(device.savedItems.map((row) => [itemKey(row), row.id]))
  for (const table of BACKUP_TABLES) {
    const incoming: readonly BackupRow[] = backup.tables[table]
    incoming.forEach((row, index) => {
      const holder =
        table === 'savedItems' ? savedThings.get(itemKey(row as SavedItemRow)) : undefined
      const decision =
        holder !== undefined && holder !== row.id
          ? 'keep'
          : decide(table, row, device.sameIds[table][index])
      const changes = summary.tables[table]
      if (decision === 'add' || decision === 'replace') {
        writes[table].push(row)
        if (decision === 'add') changes.added += 1
        else changes.replaced += 1
        if (table === 'documents') {
          summary.pages[decision === 'add' ? 'added' : 'replaced'].push((row as DocumentRow).id)
        }
      } else {
        changes.kept += 1
      }
    })
  }
  return { summary, writes }
}

/** What importing this backup would change now, without changing anything. */
export async function previewImport(backup: HarbourBackup): Promise<ImportSummary> {
  const database = db()
  const { record, device } = await database.transaction(
    'r',
    [database.meta, ...BACKUP_TABLES.map((table) => tableOf(database, table))],
    async () => ({
      record: await readLockRecord(database),
      device: await readDeviceRows(database, backup),
    }),
  )
  const opened = await openDeviceRows(device, keyOf(rowLockFor(record)))
  return planMerge(backup, opened).summary
}

/**
 * Merges a checked backup into the device in one transaction: every table or none. While the
 * lock is on, the file's records are sealed before they are stored. If the device refuses part
 * way (full, or storage taken away), the transaction is undone as a whole and the answer says
 * why. Never throws.
 */
export async function applyImport(backup: HarbourBackup): Promise<ImportOutcome> {
  try {
    const summary = await changeRows(BACKUP_TABLES, async (lock, database) => {
      // Worked out again here: another tab may have changed things since the preview.
      const before = await readDeviceRows(database, backup)
      const plan = planMerge(backup, await openDeviceRows(before, keyOf(lock)))
      const writes = await Promise.all(
        BACKUP_TABLES.map((table) =>
          Promise.all(plan.writes[table].map((row) => toStored(lock, table, row))),
        ),
      )
      return {
        unchanged: async () => sameStored(await readDeviceRows(database, backup), before),
        write: async () => {
          for (const [index, table] of BACKUP_TABLES.entries()) {
            const rows = writes[index] ?? []
            if (rows.length > 0) await tableOf(database, table).bulkPut(rows)
          }
          return plan.summary
        },
      }
    })
    void askToKeepDataOnce()
    return { ok: true, summary }
  } catch (error) {
    if (error instanceof LockedError) return { ok: false, problem: { kind: 'locked' } }
    console.error(error)
    return { ok: false, problem: { kind: 'storage', saveProblem: classifySaveError(error) } }
  }
}

/** Checks and imports a file's text in one go. Never throws; on any problem, nothing changes. */
export async function importBackupText(text: string): Promise<ImportOutcome> {
  const checked = checkBackupText(text)
  if (!checked.ok) return checked
  return applyImport(checked.backup)
}
