import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { dismissUpdate, getUpdateReason } from '../lib/update-store.ts'
import { addCheckIn } from './check-ins.ts'
import { setDatabase, watchForOtherTabs } from './database.ts'
import { DATABASE_NAME, HarbourDatabase } from './schema.ts'

afterEach(() => dismissUpdate())

describe('a newer Harbour opening the database in another tab', () => {
  it('asks this tab to refresh, and loses nothing this tab saved', async () => {
    const indexedDB = new IDBFactory()
    const thisTab = watchForOtherTabs(new HarbourDatabase({ indexedDB, IDBKeyRange }))
    setDatabase(thisTab)
    const saved = await addCheckIn({ mood: 4, feelings: ['hopeful'], happenings: [], note: 'Kept' })
    expect(getUpdateReason()).toBeUndefined()

    // The other tab runs a later release whose schema has one more version.
    const current = thisTab.verno
    const otherTab = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange })
    otherTab.version(current).stores(storesOf(thisTab))
    otherTab.version(current + 1).stores({ futureTable: 'id' })
    await otherTab.open()

    expect(getUpdateReason()).toBe('other-tab-upgraded')
    expect(thisTab.isOpen()).toBe(false)
    expect(await otherTab.table('checkIns').get(saved.id)).toEqual(saved)
    otherTab.close()
  })
})

/** The schema of the database as this version of Harbour declares it, table by table. */
function storesOf(database: Dexie): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const table of database.tables) {
    const { primKey, indexes } = table.schema
    stores[table.name] = [primKey.src, ...indexes.map((index) => index.src)].join(', ')
  }
  return stores
}
