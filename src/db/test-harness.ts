import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { setDatabase } from './database.ts'
import { HarbourDatabase } from './schema.ts'
import type { PersonalTable } from './sealing.ts'

/**
 * A fresh, empty database on its own fake IndexedDB, made the current one for the db modules.
 * Dexie caches the global factory, so each test passes its own explicitly.
 */
export function createTestDatabase(): HarbourDatabase {
  enableLiveQueries()
  const database = new HarbourDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
  setDatabase(database)
  return database
}

/**
 * Dexie runs live queries only when it found IndexedDB when it loaded; under jsdom there is
 * none, so useLiveQuery would never answer. Each test database still has its own factory.
 */
function enableLiveQueries(): void {
  Dexie.dependencies.indexedDB ??= new IDBFactory()
  Dexie.dependencies.IDBKeyRange ??= IDBKeyRange
}

/**
 * Stores a record exactly as given (a damaged one, or another tab's), the way every write is
 * made: with its sync outbox mark, in one transaction.
 */
export function storeAsIs(database: HarbourDatabase, table: PersonalTable, row: unknown) {
  return database.transaction('rw', [database.table(table), database.syncOutbox], () =>
    database.table(table).put(row),
  )
}
