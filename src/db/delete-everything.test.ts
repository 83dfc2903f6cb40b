import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countRecords } from './backup/export-backup.ts'
import { dumpDatabase, fillEveryTable } from './backup/backup-test-data.ts'
import { deleteEverything } from './delete-everything.ts'
import { createTestDatabase } from './test-harness.ts'

describe('delete everything', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('empties every table on the device', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    await deleteEverything()
    expect(Object.values(await countRecords()).every((count) => count === 0)).toBe(true)
    for (const table of database.tables) expect(await table.count()).toBe(0)
  })

  it('deletes all or nothing', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    const before = await dumpDatabase(database)
    const tableClass = database.Table.prototype
    const realClear = tableClass.clear
    async function failOnDocuments(this: Dexie.Table) {
      await realClear.call(this)
      if (this.name === 'documents') throw new Dexie.AbortError('Transaction aborted')
    }
    vi.spyOn(tableClass, 'clear').mockImplementation(
      failOnDocuments as unknown as Dexie.Table['clear'],
    )
    await expect(deleteEverything()).rejects.toThrow()
    expect(await dumpDatabase(database)).toBe(before)
  })
})
