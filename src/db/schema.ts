import Dexie, { type EntityTable } from 'dexie'
import type {
  CheckInRow,
  DocumentRow,
  GoalRatingRow,
  GoalRow,
  SavedItemRow,
  ToolEntryRow,
} from './rows.ts'

export const DATABASE_NAME = 'harbour'

/**
 * Every version of Harbour's on-device database. Primary keys are client-made UUID strings from
 * the first version, because a primary key can never change later and sync needs them unique
 * across devices. Keep every version that has an upgrade, each with a test that opens a database
 * written by the version before it.
 */
export class HarbourDatabase extends Dexie {
  checkIns!: EntityTable<CheckInRow, 'id'>
  goals!: EntityTable<GoalRow, 'id'>
  goalRatings!: EntityTable<GoalRatingRow, 'id'>
  savedItems!: EntityTable<SavedItemRow, 'id'>
  toolEntries!: EntityTable<ToolEntryRow, 'id'>
  documents!: EntityTable<DocumentRow, 'id'>

  constructor(options?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(DATABASE_NAME, options)
    this.version(1).stores({
      checkIns: 'id, at',
      goals: 'id, createdAt',
      goalRatings: 'id, goalId, at',
      savedItems: 'id, &[kind+ref], savedAt',
      toolEntries: 'id, tool, updatedAt',
      documents: 'id',
    })
  }
}
