import type { Table } from 'dexie'
import { askToKeepDataOnce } from '../../lib/persistent-storage.ts'
import { classifySaveError, type SaveProblem } from '../../lib/save-error.ts'
import { db } from '../database.ts'
import type { DocumentRow, SavedItemRow } from '../rows.ts'
import type { HarbourDatabase } from '../schema.ts'
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

function tableOf(database: HarbourDatabase, table: BackupTable): Table<BackupRow, string> {
  return database.table<BackupRow, string>(table)
}

function itemKey(row: SavedItemRow): string {
  return `${row.kind}\u0000${row.ref}`
}

/** Works out what the file would change. Only Dexie calls, so it can run inside a transaction. */
async function planMerge(database: HarbourDatabase, backup: HarbourBackup): Promise<MergePlan> {
  const summary: ImportSummary = {
    tables: Object.fromEntries(
      BACKUP_TABLES.map((table) => [table, { added: 0, replaced: 0, kept: 0 }]),
    ) as Record<BackupTable, TableChanges>,
    pages: { added: [], replaced: [] },
  }
  const writes = Object.fromEntries(
    BACKUP_TABLES.map((table): [BackupTable, BackupRow[]] => [table, []]),
  ) as Record<BackupTable, BackupRow[]>
  for (const table of BACKUP_TABLES) {
    const incoming: readonly BackupRow[] = backup.tables[table]
    if (incoming.length === 0) continue
    const existing = await tableOf(database, table).bulkGet(incoming.map((row) => row.id))
    // A saved article, tool or service is one per thing: the device's copy, whatever its id, wins.
    const savedThings =
      table === 'savedItems'
        ? new Map((await database.savedItems.toArray()).map((row) => [itemKey(row), row.id]))
        : undefined
    incoming.forEach((row, index) => {
      const holder = savedThings?.get(itemKey(row as SavedItemRow))
      const decision =
        holder !== undefined && holder !== row.id ? 'keep' : decide(table, row, existing[index])
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
  return database.transaction(
    'r',
    BACKUP_TABLES.map((table) => tableOf(database, table)),
    () => planMerge(database, backup).then((plan) => plan.summary),
  )
}

/**
 * Merges a checked backup into the device in one transaction: every table or none. If the device
 * refuses part way (full, or storage taken away), the transaction is undone as a whole and the
 * answer says why. Never throws.
 */
export async function applyImport(backup: HarbourBackup): Promise<ImportOutcome> {
  const database = db()
  const tables = BACKUP_TABLES.map((table) => tableOf(database, table))
  try {
    const summary = await database.transaction('rw', tables, async () => {
      // Planned again inside the transaction: another tab may have changed things since the preview.
      const plan = await planMerge(database, backup)
      for (const table of BACKUP_TABLES) {
        if (plan.writes[table].length > 0)
          await tableOf(database, table).bulkPut(plan.writes[table])
      }
      return plan.summary
    })
    void askToKeepDataOnce()
    return { ok: true, summary }
  } catch (error) {
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
