import { readRow, changeRows, toStored } from '../personal-rows.ts'
import type { HarbourDatabase } from '../schema.ts'
import type { PersonalRows, PersonalTable } from '../sealing.ts'
import { createTestDatabase } from '../test-harness.ts'
import { turnLockOn } from './passcode-lock.ts'

/** Module tests run twice: with the lock off (plain records) and on (sealed records). */
export const LOCK_MODES = ['off', 'on'] as const
export type LockMode = (typeof LOCK_MODES)[number]

export const TEST_PASSCODE = 'blue boat 7'

/** Few iterations, so tests are quick. Harbour itself always uses PASSCODE_ITERATIONS. */
export const FAST_ITERATIONS = 1_000

/** A fresh, empty test database with the lock off, or on and unlocked in this tab. */
export async function createTestDatabaseWithLock(mode: LockMode): Promise<HarbourDatabase> {
  const database = createTestDatabase()
  if (mode === 'on') await turnLockOn(TEST_PASSCODE, { iterations: FAST_ITERATIONS })
  return database
}

/**
 * Stores a record exactly as given (sealed while the lock is on), bypassing each module's own
 * checks: for tests of how damaged or hand-made records are read.
 */
export async function storeRecord<T extends PersonalTable>(
  table: T,
  row: PersonalRows[T],
): Promise<void> {
  await changeRows([table], async (lock, database) => {
    const stored = await toStored(lock, table, row)
    return { write: () => database.table(table).put(stored) }
  })
}

/** One record as stored, opened with this tab's key when it is sealed. */
export function readRecord<T extends PersonalTable>(
  table: T,
  id: string,
): Promise<PersonalRows[T] | undefined> {
  return readRow(table, (stored) => stored.get(id))
}
