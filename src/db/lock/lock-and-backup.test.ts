import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  dumpDatabase,
  fillEveryTable,
  sampleBackup,
  sampleRows,
} from '../backup/backup-test-data.ts'
import { exportCheckInsCsv } from '../backup/check-ins-csv.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { backupToJson, countRecords, exportEverything } from '../backup/export-backup.ts'
import { applyImport, importBackupText, previewImport } from '../backup/import-backup.ts'
import { listCheckIns } from '../check-ins.ts'
import { deleteEverything } from '../delete-everything.ts'
import { listSavedItems } from '../saved-items.ts'
import { PERSONAL_TABLES } from '../sealing.ts'
import { createTestDatabase } from '../test-harness.ts'
import { LockedError } from './locked-error.ts'
import { getLockState } from './lock-state.ts'
import { lockNow, turnLockOn } from './passcode-lock.ts'
import { FAST_ITERATIONS, TEST_PASSCODE } from './test-lock.ts'

const fast = { iterations: FAST_ITERATIONS }

describe('export, import and delete with the lock on', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('exports plain JSON while unlocked, and nothing at all while locked', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    await turnLockOn(TEST_PASSCODE, fast)
    const backup = await exportEverything(new Date('2026-02-01T12:00:00.000Z'))
    expect(backup.tables.checkIns).toEqual(sampleRows().checkIns)
    expect(backupToJson(backup)).toContain('Maths test')
    expect(backupToJson(backup)).not.toContain('sealed')

    lockNow()
    await expect(exportEverything()).rejects.toBeInstanceOf(LockedError)
    await expect(exportCheckInsCsv(i18nFor('en'))).rejects.toBeInstanceOf(LockedError)
    // How many records there are is not sealed, so the Your data page can still count them.
    expect(await countRecords()).toMatchObject({ checkIns: 2, documents: 2 })
  })

  it('seals what it imports while the lock is on', async () => {
    const database = createTestDatabase()
    await turnLockOn(TEST_PASSCODE, fast)
    const outcome = await importBackupText(backupToJson(sampleBackup()))
    expect(outcome.ok).toBe(true)

    for (const table of PERSONAL_TABLES) {
      for (const row of await database.table(table).toArray()) expect(row).toHaveProperty('sealed')
    }
    expect(await dumpDatabase(database)).not.toMatch(/Maths test|Go to football|Exam stress|"Sam"/)
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)
    expect(await listSavedItems()).toEqual(sampleRows().savedItems)
  })

  it('merges by what the sealed records say: the same saved article under another id is kept once', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    await turnLockOn(TEST_PASSCODE, fast)
    const rows = sampleRows()
    const [item] = rows.savedItems
    rows.savedItems = [{ ...item!, id: '8d7fae90-b1c2-4d34-a5f6-0718293a4b5c' }]
    const newer = {
      ...rows.checkIns[0]!,
      note: 'Changed later',
      updatedAt: '2026-03-01T00:00:00.000Z',
    }
    rows.checkIns = [newer]
    const preview = await previewImport(sampleBackup(rows))
    expect(preview.tables.savedItems).toEqual({ added: 0, replaced: 0, kept: 1 })
    expect(preview.tables.checkIns).toEqual({ added: 0, replaced: 1, kept: 0 })
    expect(await applyImport(sampleBackup(rows))).toEqual({ ok: true, summary: preview })
    expect(await database.savedItems.count()).toBe(1)
    expect((await listCheckIns())[0]).toEqual(newer)
  })

  it('asks for the passcode before importing while locked, and changes nothing', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    await turnLockOn(TEST_PASSCODE, fast)
    lockNow()
    const before = await dumpDatabase(database)
    await expect(previewImport(sampleBackup())).rejects.toBeInstanceOf(LockedError)
    expect(await applyImport(sampleBackup())).toEqual({ ok: false, problem: { kind: 'locked' } })
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('brings back the same records after export, delete everything and import, lock on', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    await turnLockOn(TEST_PASSCODE, fast)
    const file = backupToJson(await exportEverything())
    await deleteEverything()
    await turnLockOn(TEST_PASSCODE, fast)
    expect((await importBackupText(file)).ok).toBe(true)
    const { tables } = JSON.parse(file) as { tables: unknown }
    expect((await exportEverything()).tables).toEqual(tables)
  })

  it('deletes the lock with everything else, so someone who forgot the passcode can start again', async () => {
    const database = createTestDatabase()
    await fillEveryTable(database)
    await turnLockOn(TEST_PASSCODE, fast)
    lockNow()
    await deleteEverything()
    expect(await database.meta.count()).toBe(0)
    expect(await listCheckIns()).toEqual([])
    expect(getLockState()).toBe('off')
    await importBackupText(backupToJson(sampleBackup()))
    expect(await database.checkIns.toArray()).toEqual(sampleRows().checkIns)
  })
})
