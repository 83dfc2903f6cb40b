import { liveQuery, type Subscription } from 'dexie'
import { db } from '../../../db/database.ts'
import { LockedError } from '../../../db/lock/locked-error.ts'
import { classifySaveError } from '../../../lib/save-error.ts'
import {
  forgetSync,
  isSyncOn,
  keepRecoveryKey,
  readRecoveryKey,
} from '../../../db/sync/sync-key.ts'
import {
  countSetAside,
  countWaiting,
  readProgress,
  SyncTurnedOffError,
} from '../../../db/sync/sync-store.ts'
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts'
import {
  SyncHttpError,
  SyncOfflineError,
  syncApi,
  type SyncApi,
  type SyncTransport,
} from './sync-api.ts'
import type { JoinOutcome, ServerOutcome, TurnOnOutcome } from './sync-controller.ts'
import { deriveSyncKeys, type SyncKeys } from './sync-keys.ts'
import { runSyncRound } from './sync-round.ts'
import { setSyncHint } from './sync-hint.ts'
import { setSyncStatus, type SyncProblem } from './sync-status.ts'

/*
 * Runs sync in the background of the app: when it opens, a moment after each change, when the
 * network comes back and when the page is looked at again. Never blocks anything a person does;
 * one tab syncs at a time (Web Locks); what happened shows in the status line.
 */

const DEBOUNCE_MS = 2_000
const EVERY_MS = 5 * 60_000

let transport: SyncTransport = {
  baseUrl: '',
  fetch: (url, init) => globalThis.fetch(url, init),
}

/** Points sync at another server or fetch (tests, the bench). */
export function useSyncTransport(next: SyncTransport): void {
  transport = next
}

async function currentKeys(): Promise<{ keys: SyncKeys; api: SyncApi } | undefined> {
  const text = await readRecoveryKey()
  if (text === undefined) return undefined
  const parsed = parseRecoveryKey(text)
  if (!parsed.ok) throw new Error('The stored recovery key is damaged')
  const keys = await deriveSyncKeys(parsed.bytes)
  return { keys, api: syncApi(keys, transport) }
}

function problemOf(error: unknown): SyncProblem | 'offline' {
  if (error instanceof SyncOfflineError) {
    return typeof navigator !== 'undefined' && navigator.onLine === false
      ? 'offline'
      : 'server-unreachable'
  }
  if (error instanceof SyncHttpError) {
    if (error.status === 401) return 'account-gone'
    if (error.status === 429 || error.status === 503) return 'busy'
    if (error.status === 413) return 'server-full'
    return 'unknown'
  }
  const saving = classifySaveError(error)
  if (saving === 'full') return 'storage-full'
  return 'unknown'
}

async function quietStatus(): Promise<void> {
  const [progress, waiting, setAside] = await Promise.all([
    readProgress(),
    countWaiting(),
    countSetAside(),
  ])
  setSyncStatus({ kind: 'synced', lastSyncedAt: progress.lastSyncedAt, waiting, setAside })
}

/** One sync, start to end, reporting in the status line. Never throws. */
async function syncOnce(): Promise<void> {
  let lastSyncedAt: string | undefined
  try {
    lastSyncedAt = (await readProgress()).lastSyncedAt
    const session = await currentKeys()
    if (!session) {
      setSyncStatus({ kind: 'off' })
      return
    }
    setSyncStatus({ kind: 'syncing', lastSyncedAt })
    await runSyncRound(session)
    await quietStatus()
  } catch (error) {
    if (error instanceof LockedError) {
      setSyncStatus({ kind: 'locked' })
      return
    }
    if (error instanceof SyncTurnedOffError) {
      setSyncStatus({ kind: 'off' })
      return
    }
    const problem = problemOf(error)
    if (problem === 'account-gone') {
      // Deleted from another device (or unused for so long it expired): nothing is left to sync
      // with, so sync turns off here and everything stays on this device.
      stopBackgroundSync()
      await forgetSync().catch((failure: unknown) => console.error(failure))
      setSyncHint(false)
      setSyncStatus({ kind: 'problem', problem, lastSyncedAt })
      return
    }
    if (problem === 'offline') {
      setSyncStatus({ kind: 'offline', lastSyncedAt, waiting: await countWaiting().catch(() => 0) })
    } else {
      if (problem === 'unknown') console.error(error)
      setSyncStatus({ kind: 'problem', problem, lastSyncedAt })
    }
  }
}

let running: Promise<void> | undefined
let again = false

/** One tab at a time: others skip, since the syncing tab takes in their changes too. */
async function exclusively(work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return work()
  await locks.request('harbour-sync', { ifAvailable: true }, async (lock) => {
    if (lock) await work()
  })
}

/** Asks for a sync soon; several asks while one runs make one more run, not many. */
export function requestSync(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    try {
      do {
        again = false
        await exclusively(syncOnce)
      } while (again)
    } finally {
      running = undefined
    }
  })()
  return running
}

/** Syncs now and waits for it (Settings' "Sync now"). Never throws. */
export function syncNow(): Promise<void> {
  return requestSync()
}

let watching: { outbox: Subscription; stop: () => void } | undefined

/** Starts the background triggers; called when the app opens with sync on, and when it is turned on. */
export function startBackgroundSync(): void {
  if (watching || typeof window === 'undefined') return
  let timer: ReturnType<typeof setTimeout> | undefined
  const soon = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void requestSync(), DEBOUNCE_MS)
  }
  const outbox = liveQuery(() => db().syncOutbox.count()).subscribe({
    next: (count) => {
      if (count > 0) soon()
    },
    error: () => undefined,
  })
  const onOnline = () => void requestSync()
  const onVisible = () => {
    if (document.visibilityState === 'visible') void requestSync()
  }
  const interval = setInterval(() => {
    if (document.visibilityState === 'visible') void requestSync()
  }, EVERY_MS)
  window.addEventListener('online', onOnline)
  document.addEventListener('visibilitychange', onVisible)
  watching = {
    outbox,
    stop: () => {
      outbox.unsubscribe()
      clearTimeout(timer)
      clearInterval(interval)
      window.removeEventListener('online', onOnline)
      document.removeEventListener('visibilitychange', onVisible)
    },
  }
  void requestSync()
}

function stopBackgroundSync(): void {
  watching?.stop()
  watching = undefined
}

/** At app start: picks up where sync left off, if it is on. */
export async function resumeSync(): Promise<void> {
  if (await isSyncOn()) startBackgroundSync()
  else {
    setSyncHint(false)
    setSyncStatus({ kind: 'off' })
  }
}

function serverProblem(error: unknown): 'offline' | 'server' | 'locked' {
  if (error instanceof LockedError) return 'locked'
  return error instanceof SyncOfflineError ? 'offline' : 'server'
}

/** Makes a recovery key and an account for it, keeps the key, and starts syncing. */
export async function turnOnSync(): Promise<TurnOnOutcome> {
  try {
    const recoveryKey = generateRecoveryKey()
    const parsed = parseRecoveryKey(recoveryKey)
    if (!parsed.ok) throw new Error('A new recovery key did not read back')
    const keys = await deriveSyncKeys(parsed.bytes)
    await syncApi(keys, transport).createAccount()
    await keepRecoveryKey(recoveryKey)
    setSyncHint(true)
    startBackgroundSync()
    return { ok: true, recoveryKey }
  } catch (error) {
    return { ok: false, problem: serverProblem(error) }
  }
}

/**
 * Joins the synced data of an existing key. The key is checked with the server first, and
 * nothing on this device changes unless it matches: then this device's records are sent and the
 * synced ones arrive.
 */
export async function joinWithRecoveryKey(text: string): Promise<JoinOutcome> {
  const parsed = parseRecoveryKey(text)
  if (!parsed.ok) return { ok: false, problem: parsed.problem }
  try {
    const keys = await deriveSyncKeys(parsed.bytes)
    const api = syncApi(keys, transport)
    try {
      await api.pull(0, 1)
    } catch (error) {
      // 410: the account's early changes are in a snapshot; it exists.
      if (!(error instanceof SyncHttpError && error.status === 410)) throw error
    }
    await keepRecoveryKey(parsed.key)
    setSyncHint(true)
    stopBackgroundSync()
    startBackgroundSync()
    await requestSync()
    return { ok: true }
  } catch (error) {
    if (error instanceof SyncHttpError && error.status === 401) {
      return { ok: false, problem: 'no-match' }
    }
    return { ok: false, problem: serverProblem(error) }
  }
}

/** Turns sync off here; every record stays on this device, the synced copy stays on the server. */
export async function turnOffSync(): Promise<void> {
  stopBackgroundSync()
  await running
  await forgetSync()
  setSyncHint(false)
  setSyncStatus({ kind: 'off' })
}

/** Deletes everything on the server for this key, then turns sync off here. */
export async function deleteSyncedData(): Promise<ServerOutcome> {
  try {
    const session = await currentKeys()
    if (session) await session.api.deleteAccount()
    await turnOffSync()
    return { ok: true }
  } catch (error) {
    return { ok: false, problem: serverProblem(error) }
  }
}

/** The recovery key to show again; throws a LockedError while My space is locked. */
export function readRecoveryKeyForDisplay(): Promise<string | undefined> {
  return readRecoveryKey()
}

export { getSyncStatus, subscribeToSyncStatus } from './sync-status.ts'
export { isSyncOn }
export { syncHinted } from './sync-hint.ts'
