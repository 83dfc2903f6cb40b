import Dexie, { type Table } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PASSCODE_ITERATIONS } from '../../lib/crypto/passcode-key.ts'
import { dumpDatabase, fillEveryTable, sampleRows } from '../backup/backup-test-data.ts'
import { exportEverything } from '../backup/export-backup.ts'
import { addCheckIn, listCheckIns } from '../check-ins.ts'
import { listGoals } from '../goals.ts'
import { getSafetyPlan } from '../safety-plan.ts'
import { saveItem } from '../saved-items.ts'
import type { HarbourDatabase } from '../schema.ts'
import { PERSONAL_TABLES } from '../sealing.ts'
import { createTestDatabase } from '../test-harness.ts'
import { deleteEverything } from '../delete-everything.ts'
import type { LockRecord } from '../rows.ts'
import { LockChangedElsewhereError } from './lock-changed-error.ts'
import { readLockRecord } from './lock-record.ts'
import { getLockState } from './lock-state.ts'
import { LockedError } from './locked-error.ts'
import {
  changePasscode,
  isCurrentPasscode,
  lockNow,
  turnLockOff,
  turnLockOn,
  unlock,
} from './passcode-lock.ts'
import { FAST_ITERATIONS, TEST_PASSCODE } from './test-lock.ts'

const fast = { iterations: FAST_ITERATIONS }

async function filledDevice(): Promise<{ database: HarbourDatabase; before: string }> {
  const database = createTestDatabase()
  await fillEveryTable(database)
  return { database, before: await dumpDatabase(database) }
}

async function everyStoredRow(database: HarbourDatabase): Promise<object[]> {
  const tables = await Promise.all(PERSONAL_TABLES.map((table) => database.table(table).toArray()))
  return tables.flat() as object[]
}

/** Makes one table's bulkPut fail the way a full disk does, after its rows went in. */
function failBulkPutOn(database: HarbourDatabase, failing: string) {
  const tableClass = database.Table.prototype
  const realBulkPut = tableClass.bulkPut
  async function fullOn(this: Table, ...args: Parameters<Table['bulkPut']>) {
    const result: unknown = await realBulkPut.apply(this, args)
    if (this.name === failing) {
      throw new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      )
    }
    return result
  }
  return vi.spyOn(tableClass, 'bulkPut').mockImplementation(fullOn as unknown as Table['bulkPut'])
}

describe('the passcode lock', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('seals every record when turned on, and gives every one back exactly when turned off', async () => {
    const { database, before } = await filledDevice()

    await turnLockOn(TEST_PASSCODE, fast)
    expect(getLockState()).toBe('unlocked')
    const stored = await everyStoredRow(database)
    expect(stored).toHaveLength(9)
    for (const row of stored) expect(row).toHaveProperty('sealed')
    expect((await readLockRecord(database))?.iterations).toBe(FAST_ITERATIONS)
    // Read through the app while unlocked, everything is as it was.
    const exported = await exportEverything()
    expect(exported.tables.checkIns).toEqual(sampleRows().checkIns)
    expect(exported.tables.documents).toEqual(expect.arrayContaining(sampleRows().documents))

    expect(await turnLockOff(TEST_PASSCODE)).toBe(true)
    expect(getLockState()).toBe('off')
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('makes the key with the full iteration count unless a test asks for fewer', async () => {
    const database = createTestDatabase()
    await turnLockOn(TEST_PASSCODE)
    expect((await readLockRecord(database))?.iterations).toBe(PASSCODE_ITERATIONS)
    expect(PASSCODE_ITERATIONS).toBeGreaterThanOrEqual(600_000)
  })

  it('needs the passcode again after "Lock now", and refuses a wrong one', async () => {
    await filledDevice()
    await turnLockOn(TEST_PASSCODE, fast)
    lockNow()
    expect(getLockState()).toBe('locked')

    await expect(listCheckIns()).rejects.toBeInstanceOf(LockedError)
    await expect(getSafetyPlan()).rejects.toBeInstanceOf(LockedError)
    await expect(listGoals()).rejects.toBeInstanceOf(LockedError)
    await expect(exportEverything()).rejects.toBeInstanceOf(LockedError)
    await expect(addCheckIn({ mood: 3, feelings: [], happenings: [] })).rejects.toBeInstanceOf(
      LockedError,
    )
    await expect(saveItem({ kind: 'article', ref: 'x', title: 'X' })).rejects.toBeInstanceOf(
      LockedError,
    )

    expect(await unlock('blue boat 8')).toBe(false)
    expect(await unlock('')).toBe(false)
    expect(getLockState()).toBe('locked')
    expect(await unlock(TEST_PASSCODE)).toBe(true)
    expect(getLockState()).toBe('unlocked')
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)
  })

  it('treats the same characters typed another way as the same passcode', async () => {
    createTestDatabase()
    await turnLockOn('caf\u00e9 1', fast)
    lockNow()
    expect(await unlock('cafe\u0301 1')).toBe(true)
  })

  it('reads as locked even when there is nothing in it yet', async () => {
    createTestDatabase()
    await turnLockOn(TEST_PASSCODE, fast)
    lockNow()
    await expect(listCheckIns()).rejects.toBeInstanceOf(LockedError)
    await expect(getSafetyPlan()).rejects.toBeInstanceOf(LockedError)
  })

  it('leaves every record plain and readable when locking fails half way', async () => {
    const { database, before } = await filledDevice()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // Check-ins are sealed and written first; then the goals fail, as on a full disk.
    failBulkPutOn(database, 'goals')
    await expect(turnLockOn(TEST_PASSCODE, fast)).rejects.toThrow()
    vi.restoreAllMocks()

    expect(await dumpDatabase(database)).toBe(before)
    expect(await readLockRecord(database)).toBeUndefined()
    expect(getLockState()).not.toBe('unlocked')
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)
    // And it can be tried again.
    await turnLockOn(TEST_PASSCODE, fast)
    expect(getLockState()).toBe('unlocked')
  })

  it('keeps everything sealed, and the passcode working, when turning off fails half way', async () => {
    const { database } = await filledDevice()
    await turnLockOn(TEST_PASSCODE, fast)
    const sealed = await dumpDatabase(database)
    failBulkPutOn(database, 'savedItems')
    await expect(turnLockOff(TEST_PASSCODE)).rejects.toThrow()
    vi.restoreAllMocks()

    expect(await dumpDatabase(database)).toBe(sealed)
    expect(getLockState()).toBe('unlocked')
    lockNow()
    expect(await unlock(TEST_PASSCODE)).toBe(true)
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)
  })

  it('asks for the passcode again before turning the lock off or changing it', async () => {
    const { database } = await filledDevice()
    await turnLockOn(TEST_PASSCODE, fast)
    const sealed = await dumpDatabase(database)
    expect(await isCurrentPasscode('wrong one')).toBe(false)
    expect(await turnLockOff('wrong one')).toBe(false)
    expect(await changePasscode('wrong one', 'new code 42', fast)).toBe(false)
    expect(await dumpDatabase(database)).toBe(sealed)
    expect(getLockState()).toBe('unlocked')
  })

  it('changes the passcode: records kept, sealed with a new key, the old passcode no use', async () => {
    const { database } = await filledDevice()
    await turnLockOn(TEST_PASSCODE, fast)
    const oldRecord = await readLockRecord(database)
    const oldBlobs = JSON.stringify(await everyStoredRow(database))

    expect(await changePasscode(TEST_PASSCODE, 'new code 42', fast)).toBe(true)
    expect(getLockState()).toBe('unlocked')
    expect((await readLockRecord(database))?.salt).not.toBe(oldRecord?.salt)
    for (const row of (await everyStoredRow(database)) as { sealed: { ct: string } }[]) {
      expect(oldBlobs).not.toContain(row.sealed.ct)
    }
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)

    lockNow()
    expect(await unlock(TEST_PASSCODE)).toBe(false)
    expect(await unlock('new code 42')).toBe(true)
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)
  })

  it('keeps the old passcode working when a change fails half way', async () => {
    const { database } = await filledDevice()
    await turnLockOn(TEST_PASSCODE, fast)
    const sealed = await dumpDatabase(database)
    failBulkPutOn(database, 'documents')
    await expect(changePasscode(TEST_PASSCODE, 'new code 42', fast)).rejects.toThrow()
    vi.restoreAllMocks()

    expect(await dumpDatabase(database)).toBe(sealed)
    expect(getLockState()).toBe('unlocked')
    expect(await listCheckIns()).toEqual(sampleRows().checkIns)
    lockNow()
    expect(await unlock('new code 42')).toBe(false)
    expect(await unlock(TEST_PASSCODE)).toBe(true)
  })

  it('refuses to turn the lock on twice, or off while locked', async () => {
    createTestDatabase()
    await turnLockOn(TEST_PASSCODE, fast)
    await expect(turnLockOn('another one', fast)).rejects.toBeInstanceOf(LockChangedElsewhereError)
    lockNow()
    await expect(turnLockOff(TEST_PASSCODE)).rejects.toBeInstanceOf(LockedError)
    await expect(changePasscode(TEST_PASSCODE, 'new code 42', fast)).rejects.toBeInstanceOf(
      LockedError,
    )
    await expect(turnLockOn('abc', fast)).rejects.toBeInstanceOf(LockedError)
  })

  it('treats a damaged lock record as locked for good, until everything is deleted', async () => {
    const { database } = await filledDevice()
    await turnLockOn(TEST_PASSCODE, fast)
    await database.meta.put({ id: 'lock', salt: 42 } as unknown as LockRecord)
    expect(await unlock(TEST_PASSCODE)).toBe(false)
    await expect(listCheckIns()).rejects.toBeInstanceOf(LockedError)
    await expect(addCheckIn({ mood: 3, feelings: [], happenings: [] })).rejects.toBeInstanceOf(
      LockedError,
    )
    await deleteEverything()
    expect(await listCheckIns()).toEqual([])
  })

  it('refuses a passcode shorter than four characters as a programming error', async () => {
    const database = createTestDatabase()
    await expect(turnLockOn('abc', fast)).rejects.toBeInstanceOf(RangeError)
    await expect(turnLockOn('\u{1F30A}\u{1F30A}\u{1F30A}', fast)).rejects.toBeInstanceOf(RangeError)
    expect(await readLockRecord(database)).toBeUndefined()
  })
})
