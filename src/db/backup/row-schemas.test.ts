import type * as v from 'valibot'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { HarbourDatabase } from '../schema.ts'
import type {
  CheckInRow,
  DocumentRow,
  GoalRatingRow,
  GoalRow,
  SavedItemRow,
  ToolEntryRow,
} from '../rows.ts'
import { PERSONAL_TABLES } from '../sealing.ts'
import { BACKUP_TABLES } from './backup-format.ts'
import type { rowSchemas } from './row-schemas.ts'

type Row<T extends keyof typeof rowSchemas> = v.InferOutput<(typeof rowSchemas)[T]>

describe('the import row shapes', () => {
  it('are exactly the stored row shapes, so a change to one fails the type check until both agree', () => {
    expectTypeOf<Row<'checkIns'>>().toEqualTypeOf<CheckInRow>()
    expectTypeOf<Row<'goals'>>().toEqualTypeOf<GoalRow>()
    expectTypeOf<Row<'goalRatings'>>().toEqualTypeOf<GoalRatingRow>()
    expectTypeOf<Row<'savedItems'>>().toEqualTypeOf<SavedItemRow>()
    expectTypeOf<Row<'toolEntries'>>().toEqualTypeOf<ToolEntryRow>()
    expectTypeOf<Row<'documents'>>().toEqualTypeOf<DocumentRow>()
  })

  it('cover every table in the database, so a new table cannot be left out of exports', () => {
    // The lock record is about the device, not the person: an export is plain and has no lock.
    // Sync's tables hold how this device syncs, not records: each record is exported once.
    const notExported = ['meta', 'syncOutbox', 'syncBase', 'syncSent', 'syncSetAside', 'syncState']
    const schemaTables = new HarbourDatabase().tables
      .map((table) => table.name)
      .filter((name) => !notExported.includes(name))
    expect([...BACKUP_TABLES].sort()).toEqual([...schemaTables].sort())
    expect([...PERSONAL_TABLES].sort()).toEqual([...BACKUP_TABLES].sort())
  })
})
