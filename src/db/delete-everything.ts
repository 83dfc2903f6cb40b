import { db } from './database.ts'
import { leaveUntracked } from './sync/change-tracking.ts'
import { forgetKeys } from './lock/held-keys.ts'
import { noteLockRecord } from './lock/lock-state.ts'

/**
 * Deletes everything Harbour keeps in its database on this device: every table, the passcode
 * lock's record included, in one transaction, so it is all gone or (if the browser refuses) all
 * still there. It needs no passcode: it is how someone who forgot theirs starts again. Display
 * choices are kept apart, in the browser's local storage, and stay.
 */
export async function deleteEverything(): Promise<void> {
  const database = db()
  await database.transaction('rw', database.tables, async () => {
    // Sync's own tables go too, so sync is off on this device afterwards; nothing is sent.
    leaveUntracked()
    await Promise.all(database.tables.map((table) => table.clear()))
  })
  forgetKeys()
  noteLockRecord(undefined)
}
