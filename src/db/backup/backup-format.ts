import type {
  CheckInRow,
  DocumentRow,
  GoalRatingRow,
  GoalRow,
  SavedItemRow,
  ToolEntryRow,
} from '../rows.ts'

export const BACKUP_FORMAT = 'harbour-export'
export const BACKUP_VERSION = 1

/** Every table a backup holds, in the order they are written and described. */
export const BACKUP_TABLES = [
  'checkIns',
  'goals',
  'goalRatings',
  'savedItems',
  'toolEntries',
  'documents',
] as const

export type BackupTable = (typeof BACKUP_TABLES)[number]

export interface BackupRows {
  checkIns: CheckInRow[]
  goals: GoalRow[]
  goalRatings: GoalRatingRow[]
  savedItems: SavedItemRow[]
  toolEntries: ToolEntryRow[]
  documents: DocumentRow[]
}

/** A whole copy of what Harbour keeps on the device, as one JSON file. */
export interface HarbourBackup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  exportedAt: string
  tables: BackupRows
}

export type BackupRow = BackupRows[BackupTable][number]

/** Limits on what an import will read, so a huge or hostile file cannot freeze the page. */
export const BACKUP_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  textLength: 10_000,
  rowsPerTable: 50_000,
  /** Feeling words and what was going on in one check-in. */
  wordsPerList: 100,
} as const

export function isBackupTable(name: unknown): name is BackupTable {
  return typeof name === 'string' && (BACKUP_TABLES as readonly string[]).includes(name)
}
