import { useLiveQuery } from 'dexie-react-hooks'
import type { BackupTable } from '../../../db/backup/backup-format.ts'
import { countRecords } from '../../../db/backup/export-backup.ts'

/** How many records each table holds, kept up to date as they change (here or in another tab). */
export function useRecordCounts(): Record<BackupTable, number> | undefined {
  return useLiveQuery(countRecords)
}
