import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from './backup/backup-format.ts'
import { sampleRows } from './backup/backup-test-data.ts'
import { listCheckIns } from './check-ins.ts'
import { setDatabase } from './database.ts'
import { DATABASE_NAME, HarbourDatabase, VERSION_1_STORES } from './schema.ts'

/** A database exactly as Harbour's first version wrote it, on its own fake IndexedDB. */
async function writeVersion1(indexedDB: IDBFactory) {
  const first = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange })
  first.version(1).stores(VERSION_1_STORES)
  const rows = sampleRows()
  await first.transaction('rw', first.tables, async () => {
    for (const table of BACKUP_TABLES) await first.table(table).bulkAdd(rows[table])
  })
  expect(first.verno).toBe(1)
  first.close()
  return rows
}

describe('the database schema', () => {
  it('opens a version 1 database as version 3 with nothing lost, and the lock off', async () => {
    const indexedDB = new IDBFactory()
    const written = await writeVersion1(indexedDB)

    const database = new HarbourDatabase({ indexedDB, IDBKeyRange })
    await database.open()
    expect(database.verno).toBe(3)
    for (const table of BACKUP_TABLES) {
      const rows = await database.table(table).toArray()
      expect(rows).toHaveLength(written[table].length)
      const byId = new Map(rows.map((row: { id: string }) => [row.id, row]))
      for (const row of written[table]) expect(byId.get(row.id)).toEqual(row)
    }
    expect(await database.meta.count()).toBe(0)
    // Sync starts off: nothing is marked to send until it is turned on.
    expect(await database.syncOutbox.count()).toBe(0)

    // The indexes still work on the old records, and the app reads them as before.
    const [rating] = written.goalRatings
    expect(await database.goalRatings.where('goalId').equals(rating!.goalId).count()).toBe(1)
    const [item] = written.savedItems
    expect(await database.savedItems.where({ kind: item!.kind, ref: item!.ref }).count()).toBe(1)
    setDatabase(database)
    expect(await listCheckIns()).toEqual(written.checkIns)
    database.close()
  })

  it('opens a version 2 database, with its lock record, as version 3 with nothing lost', async () => {
    const indexedDB = new IDBFactory()
    const second = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange })
    second.version(1).stores(VERSION_1_STORES)
    second.version(2).stores({ meta: 'id' })
    const rows = sampleRows()
    const lock = {
      id: 'lock',
      salt: 'c2FsdA',
      iterations: 600000,
      check: { v: 1, alg: 'A256GCM', iv: 'aXY', ct: 'Y3Q' },
    }
    await second.transaction('rw', second.tables, async () => {
      for (const table of BACKUP_TABLES) await second.table(table).bulkAdd(rows[table])
      await second.table('meta').put(lock)
    })
    second.close()

    const database = new HarbourDatabase({ indexedDB, IDBKeyRange })
    await database.open()
    expect(database.verno).toBe(3)
    expect(await database.meta.get('lock')).toEqual(lock)
    for (const table of BACKUP_TABLES) {
      expect(await database.table(table).count()).toBe(rows[table].length)
    }
    expect(await database.syncState.count()).toBe(0)
    database.close()
  })

  it('keeps the first versions as they were, with sync tables only from version 3', () => {
    const database = new HarbourDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
    expect(database.verno).toBe(3)
    expect(database.tables.map((table) => table.name).sort()).toEqual(
      [
        ...Object.keys(VERSION_1_STORES),
        'meta',
        'syncOutbox',
        'syncBase',
        'syncSent',
        'syncSetAside',
        'syncState',
      ].sort(),
    )
  })
})
