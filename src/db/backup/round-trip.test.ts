import { describe, expect, it } from 'vitest'
import { deleteEverything } from '../delete-everything.ts'
import { createTestDatabase } from '../test-harness.ts'
import { dumpDatabase, fillEveryTable } from './backup-test-data.ts'
import { backupToJson, exportEverything } from './export-backup.ts'
import { importBackupText } from './import-backup.ts'

describe('export, delete everything, import', () => {
  it('brings back exactly the same records', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    const before = await dumpDatabase(database)
    const file = backupToJson(await exportEverything())

    await deleteEverything()
    expect(await database.checkIns.count()).toBe(0)

    const outcome = await importBackupText(file)
    expect(outcome.ok).toBe(true)
    expect(await dumpDatabase(database)).toBe(before)

    // Importing the same file again changes nothing.
    const again = await importBackupText(file)
    expect(again.ok && again.summary.tables.checkIns).toEqual({ added: 0, replaced: 0, kept: 2 })
    expect(await dumpDatabase(database)).toBe(before)
  })
})
