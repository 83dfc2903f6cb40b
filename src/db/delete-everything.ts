import { db } from './database.ts'

/**
 * Deletes everything Harbour keeps in its database on this device: every table, in one
 * transaction, so it is all gone or (if the browser refuses) all still there. Display choices
 * are kept apart, in the browser's local storage, and stay.
 */
export async function deleteEverything(): Promise<void> {
  const database = db()
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()))
  })
}
