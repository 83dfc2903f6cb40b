import type { CheckInRow, GoalRow } from '../rows.ts'
import type { BackupRow, BackupRows, BackupTable } from './backup-format.ts'

/**
 * The import's merge rule: add what is in the file; where the same record (same id) is already on
 * this device, keep whichever was changed more recently. When both are as recent, the device's
 * copy stays. Nothing on the device is ever deleted by an import.
 */
export type MergeDecision = 'add' | 'replace' | 'keep' | 'same'

/** When a record was last changed, by each table's own time field. */
export function lastChanged(table: BackupTable, row: BackupRow): number {
  return Date.parse(stampField(table, row))
}

function stampField(table: BackupTable, row: BackupRow): string {
  switch (table) {
    case 'checkIns': {
      const checkIn = row as CheckInRow
      return checkIn.updatedAt ?? checkIn.at
    }
    case 'goals': {
      // Archiving is the only later change a goal has.
      const goal = row as GoalRow
      return goal.archivedAt ?? goal.createdAt
    }
    case 'goalRatings':
      return (row as BackupRows['goalRatings'][number]).at
    case 'savedItems':
      return (row as BackupRows['savedItems'][number]).savedAt
    case 'toolEntries':
    case 'documents':
      return (row as BackupRows['toolEntries' | 'documents'][number]).updatedAt
  }
}

export function decide(
  table: BackupTable,
  incoming: BackupRow,
  existing: BackupRow | undefined,
): MergeDecision {
  if (!existing) return 'add'
  if (sameRecord(incoming, existing)) return 'same'
  return lastChanged(table, incoming) > lastChanged(table, existing) ? 'replace' : 'keep'
}

/** Equal as data, whatever order their fields were written in. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  )
}
