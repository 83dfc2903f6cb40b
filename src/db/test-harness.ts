import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { setDatabase } from './database.ts'
import { HarbourDatabase } from './schema.ts'

/**
 * A fresh, empty database on its own fake IndexedDB, made the current one for the db modules.
 * Dexie caches the global factory, so each test passes its own explicitly.
 */
export function createTestDatabase(): HarbourDatabase {
  const database = new HarbourDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
  setDatabase(database)
  return database
}
