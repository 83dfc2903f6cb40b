/** What the quiet status line says. */
export type SyncProblem =
  /** The server could not be reached although the device is online. */
  | 'server-unreachable'
  /** The server asked us to slow down; sync tries again by itself. */
  | 'busy'
  /** The synced data was deleted (from another device): sync is off here now. */
  | 'account-gone'
  /** This device's storage is full: nothing was lost, nothing more can arrive until space is made. */
  | 'storage-full'
  /** The server's space for this key is full. */
  | 'server-full'
  | 'unknown'

export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'starting' }
  | { kind: 'syncing'; lastSyncedAt?: string }
  | { kind: 'synced'; lastSyncedAt?: string; waiting: number; setAside: number }
  | { kind: 'offline'; lastSyncedAt?: string; waiting: number }
  | { kind: 'locked' }
  | { kind: 'problem'; problem: SyncProblem; lastSyncedAt?: string }

type Listener = () => void

let status: SyncStatus = { kind: 'starting' }
const listeners = new Set<Listener>()

export function getSyncStatus(): SyncStatus {
  return status
}

export function setSyncStatus(next: SyncStatus): void {
  status = next
  for (const listener of listeners) listener()
}

/** For useSyncExternalStore. */
export function subscribeToSyncStatus(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
