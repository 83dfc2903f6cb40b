import { decryptJson, encryptJson } from '../../lib/crypto/aes-gcm.ts'
import { db } from '../database.ts'
import { readLockRecord } from '../lock/lock-record.ts'
import { currentRowLock, stillSameLock, type RowLock } from '../lock/row-lock.ts'
import { leaveUntracked } from './change-tracking.ts'
import { markEverythingToSend } from './sync-store.ts'
import type { SyncKeyRow } from './sync-rows.ts'

/*
 * The recovery key opens everything synced, so it is kept like a personal record: sealed with the
 * passcode lock's key while the lock is on (and so unreadable, and sync paused, while locked).
 */

const KEY_ID = 'key'
const ADDITIONAL_DATA = 'harbour-sync-recovery-key'

export async function keyRowFor(lock: RowLock, recoveryKey: string): Promise<SyncKeyRow> {
  return lock.sealed
    ? { id: KEY_ID, sealed: await encryptJson(lock.key, recoveryKey, ADDITIONAL_DATA) }
    : { id: KEY_ID, recoveryKey }
}

export async function openKeyRow(lock: RowLock, row: SyncKeyRow): Promise<string> {
  if ('recoveryKey' in row) return row.recoveryKey
  if (!lock.sealed) throw new Error('A sealed recovery key with the lock off')
  const value = await decryptJson(lock.key, row.sealed, ADDITIONAL_DATA)
  if (typeof value !== 'string') throw new Error('The stored recovery key is damaged')
  return value
}

export async function readKeyRow(): Promise<SyncKeyRow | undefined> {
  const row = await db().syncState.get(KEY_ID)
  return row && row.id === KEY_ID ? (row as SyncKeyRow) : undefined
}

/** True when sync is on for this device (needs no key, so it works while locked). */
export async function isSyncOn(): Promise<boolean> {
  return (await readKeyRow()) !== undefined
}

/** The recovery key, or undefined when sync is off. Throws a LockedError while locked. */
export async function readRecoveryKey(): Promise<string | undefined> {
  const database = db()
  const [lock, row] = await Promise.all([currentRowLock(database), readKeyRow()])
  return row === undefined ? undefined : openKeyRow(lock, row)
}

/** Keeps the recovery key and marks every record on the device to be sent. */
export async function keepRecoveryKey(recoveryKey: string): Promise<void> {
  const database = db()
  for (let attempt = 1; attempt <= 5; attempt++) {
    const lock = await currentRowLock(database)
    const row = await keyRowFor(lock, recoveryKey)
    const kept = await database.transaction('rw', [database.meta, database.syncState], async () => {
      if (!stillSameLock(await readLockRecord(database), lock)) return false
      await database.syncState.put(row)
      return true
    })
    if (kept) {
      await markEverythingToSend()
      return
    }
  }
  throw new Error('The passcode lock kept changing while sync was being turned on')
}

/** Turns sync off on this device: forgets the key and what was synced; keeps every record. */
export async function forgetSync(): Promise<void> {
  const database = db()
  const tables = [
    database.syncOutbox,
    database.syncBase,
    database.syncSent,
    database.syncSetAside,
    database.syncState,
  ]
  await database.transaction('rw', tables, async () => {
    leaveUntracked()
    await Promise.all(tables.map((table) => table.clear()))
  })
}
