import type { HarbourDatabase } from '../schema.ts'
import type { LockRecord } from '../rows.ts'
import { heldKeyFor } from './held-keys.ts'
import { readLockRecord } from './lock-record.ts'
import { LockedError } from './locked-error.ts'

/** How records are written and read right now: plain, or sealed with this key. */
export type RowLock = { sealed: false } | { sealed: true; salt: string; key: CryptoKey }

/** The row lock that goes with a lock record; throws a LockedError when this tab has no key. */
export function rowLockFor(record: LockRecord | undefined): RowLock {
  if (!record) return { sealed: false }
  const key = heldKeyFor(record.salt)
  if (!key) throw new LockedError()
  return { sealed: true, salt: record.salt, key }
}

export async function currentRowLock(database: HarbourDatabase): Promise<RowLock> {
  return rowLockFor(await readLockRecord(database))
}

/**
 * True when the lock record is still the one a change was prepared for. Checked inside each
 * write's transaction: if another tab turned the lock on or off or changed the passcode in the
 * meantime, what was sealed (or left plain) is wrong and the change is prepared again.
 */
export function stillSameLock(record: LockRecord | undefined, lock: RowLock): boolean {
  return lock.sealed ? record?.salt === lock.salt : record === undefined
}
