import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { setDatabase } from './database.ts'
import { HarbourDatabase } from './schema.ts'

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
