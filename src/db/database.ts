import { offerUpdate } from '../lib/update-store.ts'
import { HarbourDatabase } from './schema.ts'

let database: HarbourDatabase | undefined

/** Exported for tests, which open it on their own fake IndexedDB. */
export function watchForOtherTabs(db: HarbourDatabase): HarbourDatabase {
  // Another tab opened a newer version: Dexie closes this connection, so ask the person to
  // refresh when they are ready rather than failing on the next save.
  db.on('versionchange', () => {
    offerUpdate('other-tab-upgraded')
  })
  return db
}

/** The app's database, opened on first use so it never delays the first paint. */
export function db(): HarbourDatabase {
  database ??= watchForOtherTabs(new HarbourDatabase())
  return database
}

/** Points the db modules at another database: each test (or simulated device) gets its own. */
export function setDatabase(next: HarbourDatabase): void {
  database = next
}
