/* eslint-disable lingui/no-unlocalized-strings -- Dexie's index specifications */
import Dexie, { type EntityTable, type Table } from 'dexie'
import type { MetaRow } from './rows.ts'
import type { PersonalTable, StoredRow } from './sealing.ts'
import { trackChanges } from './sync/change-tracking.ts'
import { HybridClock } from './sync/stamps.ts'
import type { BaseRow, OutboxRow, SentRow, SetAsideRow, SyncStateRow } from './sync/sync-rows.ts'

export const DATABASE_NAME = 'harbour'

/** A personal table: each record is stored plain, or sealed while the lock is on. */
type PersonalStore<T extends PersonalTable> = Table<StoredRow<T>, string, StoredRow<T>>

/** The tables and indexes of the first version; kept as written, since databases made by it exist. */
export const VERSION_1_STORES = {
  checkIns: 'id, at',
  goals: 'id, createdAt',
  goalRatings: 'id, goalId, at',
  savedItems: 'id, &[kind+ref], savedAt',
  toolEntries: 'id, tool, updatedAt',
  documents: 'id',
} as const

/**
 * Every version of Harbour's on-device database. Primary keys are client-made UUID strings from
 * the first version, because a primary key can never change later and sync needs them unique
 * across devices. Keep every version that has an upgrade, each with a test that opens a database
 * written by the version before it.
 *
 * Personal tables hold records plain, or sealed while the passcode lock is on (see sealing.ts):
 * a sealed record keeps only its indexed fields readable.
 */
export class HarbourDatabase extends Dexie {
  checkIns!: PersonalStore<'checkIns'>
  goals!: PersonalStore<'goals'>
  goalRatings!: PersonalStore<'goalRatings'>
  savedItems!: PersonalStore<'savedItems'>
  toolEntries!: PersonalStore<'toolEntries'>
  documents!: PersonalStore<'documents'>
  /** Version 2: the passcode lock's record. Nothing personal, and never exported. */
  meta!: EntityTable<MetaRow, 'id'>
  /** Version 3: sync's own tables (see sync/sync-rows.ts). */
  syncOutbox!: EntityTable<OutboxRow, 'key'>
  syncBase!: EntityTable<BaseRow, 'key'>
  syncSent!: EntityTable<SentRow, 'seq'>
  syncSetAside!: EntityTable<SetAsideRow, 'id'>
  syncState!: EntityTable<SyncStateRow, 'id'>
  /** Stamps this tab's changes for sync; one per open database, so each test device has its own. */
  readonly clock: HybridClock

  constructor(
    options?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
    /** The device's clock; tests give devices clocks that disagree. */
    now: () => number = Date.now,
  ) {
    super(DATABASE_NAME, options)
    this.clock = new HybridClock(undefined, now)
    this.version(1).stores(VERSION_1_STORES)
    // Adds a table and changes no record, so it needs no upgrade function.
    this.version(2).stores({ meta: 'id' })
    // Adds sync's tables. Records made before it are marked for sending when sync is turned on.
    this.version(3).stores({
      syncOutbox: 'key',
      syncBase: 'key',
      syncSent: 'seq',
      syncSetAside: 'id',
      syncState: 'id',
    })
    this.use(trackChanges(this.clock))
  }
}
