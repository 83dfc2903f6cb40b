import { beforeEach, describe, expect, it } from 'vitest'
import type { HarbourDatabase } from '../schema.ts'
import { createTestDatabase } from '../test-harness.ts'
import { fillEveryTable, sampleRows } from './backup-test-data.ts'
import { checkBackupText } from './check-backup.ts'
import { backupToJson, countRecords, exportEverything } from './export-backup.ts'

describe('exporting everything', () => {
  let database: HarbourDatabase
  beforeEach(() => {
    database = createTestDatabase()
  })

  it('writes every table into one versioned JSON file', async () => {
    await fillEveryTable(database)
    const backup = await exportEverything(new Date('2026-02-01T12:00:00.000Z'))
    const parsed: unknown = JSON.parse(backupToJson(backup))
    const rows = sampleRows()
    expect(parsed).toEqual({
      format: 'harbour-export',
      version: 1,
      exportedAt: '2026-02-01T12:00:00.000Z',
      tables: {
        checkIns: rows.checkIns,
        // Oldest first, by when each was made.
        goals: [rows.goals[1], rows.goals[0]],
        goalRatings: rows.goalRatings,
        savedItems: rows.savedItems,
        toolEntries: rows.toolEntries,
        documents: expect.arrayContaining(rows.documents) as unknown,
      },
    })
  })

  it('writes a file that Harbour itself accepts, even when the device is empty', async () => {
    expect(checkBackupText(backupToJson(await exportEverything())).ok).toBe(true)
    await fillEveryTable(database)
    expect(checkBackupText(backupToJson(await exportEverything())).ok).toBe(true)
  })

  it('counts what each table holds', async () => {
    expect(await countRecords()).toEqual({
      checkIns: 0,
      goals: 0,
      goalRatings: 0,
      savedItems: 0,
      toolEntries: 0,
      documents: 0,
    })
    await fillEveryTable(database)
    expect(await countRecords()).toMatchObject({ checkIns: 2, goals: 2, documents: 2 })
  })
})
