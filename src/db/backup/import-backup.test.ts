import Dexie, { type Table } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listCheckIns } from '../check-ins.ts'
import { readRecord } from '../lock/test-lock.ts'
import type { HarbourDatabase } from '../schema.ts'
import { createTestDatabase } from '../test-harness.ts'
import { dumpDatabase, fillEveryTable, sampleBackup, sampleRows } from './backup-test-data.ts'
import { applyImport, importBackupText, previewImport } from './import-backup.ts'

const NEW_ID = '7c6e9d8f-a0b1-4c23-94e5-f60718293a4b'

function later(iso: string, days = 1): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString()
}

describe('importing a backup', () => {
  let database: HarbourDatabase
  beforeEach(() => {
    database = createTestDatabase()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('adds everything to an empty device, and says what it added', async () => {
    const outcome = await applyImport(sampleBackup())
    expect(outcome).toEqual({
      ok: true,
      summary: {
        tables: {
          checkIns: { added: 2, replaced: 0, kept: 0 },
          goals: { added: 2, replaced: 0, kept: 0 },
          goalRatings: { added: 1, replaced: 0, kept: 0 },
          savedItems: { added: 1, replaced: 0, kept: 0 },
          toolEntries: { added: 1, replaced: 0, kept: 0 },
          documents: { added: 2, replaced: 0, kept: 0 },
        },
        pages: { added: ['safety-plan', 'about-me'], replaced: [] },
      },
    })
    expect(await database.checkIns.count()).toBe(2)
  })

  it('adds what is new, takes the newer copy of the same record, and keeps what is newer here', async () => {
    await fillEveryTable(database)
    const rows = sampleRows()
    const [older, edited] = rows.checkIns
    if (!older || !edited) throw new Error('sample data changed')
    // The file's first check-in was edited after the device's copy; the second is older.
    older.note = 'Edited later on another phone'
    older.updatedAt = later(older.at, 5)
    edited.note = 'An older version'
    edited.updatedAt = later(edited.at, 0)
    rows.checkIns.push({ ...edited, id: NEW_ID, note: 'Only in the file' })
    const plan = rows.documents[0]
    if (plan) {
      plan.data = { warningSigns: ['Newer'] }
      plan.updatedAt = later(plan.updatedAt)
    }
    // Same article saved under another id: still one saved article.
    rows.savedItems.push({
      ...(rows.savedItems[0] as (typeof rows.savedItems)[0]),
      id: '8d7fae90-b1c2-4d34-a5f6-0718293a4b5c',
    })
    rows.savedItems.shift()

    const preview = await previewImport(sampleBackup(rows))
    expect(preview.tables.checkIns).toEqual({ added: 1, replaced: 1, kept: 1 })
    expect(preview.tables.savedItems).toEqual({ added: 0, replaced: 0, kept: 1 })
    expect(preview.tables.goals).toEqual({ added: 0, replaced: 0, kept: 2 })
    expect(preview.pages).toEqual({ added: [], replaced: ['safety-plan'] })

    const outcome = await applyImport(sampleBackup(rows))
    expect(outcome).toEqual({ ok: true, summary: preview })
    const byId = new Map((await listCheckIns()).map((row) => [row.id, row.note]))
    expect(byId.get(older.id)).toBe('Edited later on another phone')
    expect(byId.get(edited.id)).toBeUndefined()
    expect(byId.get(NEW_ID)).toBe('Only in the file')
    expect(await database.savedItems.count()).toBe(1)
    expect((await readRecord('documents', 'safety-plan'))?.data).toEqual({
      warningSigns: ['Newer'],
    })
  })

  it('keeps the device copy when both are as recent, and never deletes anything', async () => {
    await fillEveryTable(database)
    const rows = sampleRows()
    Object.assign(rows.goals[0] ?? {}, { title: 'Same time, other words' })
    const before = await dumpDatabase(database)
    const outcome = await applyImport(sampleBackup({ ...rows, checkIns: [] }))
    expect(outcome.ok && outcome.summary.tables.goals).toEqual({ added: 0, replaced: 0, kept: 2 })
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('changes nothing when the device is full part way through', async () => {
    await fillEveryTable(database, { ...sampleRows(), goals: [], goalRatings: [] })
    const before = await dumpDatabase(database)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // Check-ins are written first; the goals then fail the way a full disk does. The spy sits on
    // this database's own Table class, so it catches the goals table however it is reached.
    const tableClass = database.Table.prototype
    const realBulkPut = tableClass.bulkPut
    async function fullOnGoals(this: Table, ...args: Parameters<Table['bulkPut']>) {
      const result: unknown = await realBulkPut.apply(this, args)
      if (this.name === 'goals') {
        throw new Dexie.AbortError(
          'Transaction aborted',
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      return result
    }
    vi.spyOn(tableClass, 'bulkPut').mockImplementation(fullOnGoals as unknown as Table['bulkPut'])
    const rows = sampleRows()
    rows.checkIns.push({ ...(rows.checkIns[0] as (typeof rows.checkIns)[0]), id: NEW_ID })
    const outcome = await applyImport(sampleBackup(rows))
    expect(outcome).toEqual({ ok: false, problem: { kind: 'storage', saveProblem: 'full' } })
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('says when storage is not there at all', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    database.close()
    const outcome = await applyImport(sampleBackup())
    expect(outcome).toEqual({ ok: false, problem: { kind: 'storage', saveProblem: 'unavailable' } })
  })

  it('checks the text first and changes nothing when the file is wrong', async () => {
    await fillEveryTable(database)
    const before = await dumpDatabase(database)
    const outcome = await importBackupText('{"format":"harbour-export","version":1,"tab')
    expect(outcome).toEqual({ ok: false, problem: { kind: 'cut-short' } })
    expect(await dumpDatabase(database)).toBe(before)
  })
})
