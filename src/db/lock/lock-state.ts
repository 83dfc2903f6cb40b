import { liveQuery, type Subscription } from 'dexie'
import { db } from '../database.ts'
import type { LockRecord } from '../rows.ts'
import type { HarbourDatabase } from '../schema.ts'
import { heldKeyFor, onHeldKeysChange } from './held-keys.ts'
import { readLockRecord } from './lock-record.ts'

/**
 * - off: no passcode; records are plain.
 * - locked: a passcode is set and this tab does not hold its key (after a reload, "Lock now", or
 *   a passcode changed in another tab).
 * - unlocked: a passcode is set and this tab holds its key.
 */
export type LockState = 'off' | 'locked' | 'unlocked'

interface Known {
  database: HarbourDatabase
  record: LockRecord | undefined
}

let known: Known | undefined
let watching: { database: HarbourDatabase; subscription: Subscription | undefined } | undefined
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

onHeldKeysChange(notify)

/** The lock's state in this tab; undefined until the database has been read. */
export function getLockState(): LockState | undefined {
  if (!known || known.database !== db()) return undefined
  if (!known.record) return 'off'
  return heldKeyFor(known.record.salt) ? 'unlocked' : 'locked'
}

/** What this tab has just written, so its own pages follow at once. */
export function noteLockRecord(record: LockRecord | undefined): void {
  known = { database: db(), record }
  notify()
}

function watch(): void {
  const database = db()
  const watcher = { database, subscription: undefined as Subscription | undefined }
  // Only the current watcher may answer: one stopped a moment ago can still deliver a late read.
  const current = () => watching === watcher
  watching = watcher
  // A live query, so a lock turned on, off or changed in another tab shows here too.
  watcher.subscription = liveQuery(() => readLockRecord(database)).subscribe({
    next: (record) => {
      if (!current()) return
      known = { database, record }
      notify()
    },
    error: (error: unknown) => {
      if (!current()) return
      // Storage that cannot be read at all: nothing can be sealed or opened either, and each
      // page says plainly that it could not read the device. Treat the lock as off.
      console.error(error)
      known = { database, record: undefined }
      notify()
    },
  })
}

/** For React's useSyncExternalStore: the lock record is watched while anyone is listening. */
export function subscribeToLockState(listener: () => void): () => void {
  listeners.add(listener)
  if (watching?.database !== db()) {
    watching?.subscription?.unsubscribe()
    watch()
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      watching?.subscription?.unsubscribe()
      watching = undefined
    }
  }
}
