import { useSyncExternalStore } from 'react'
import { getSyncStatus, subscribeToSyncStatus, type SyncStatus } from './engine/sync-status.ts'

const notYetKnown: SyncStatus = { kind: 'starting' }

/** Sync's state in this tab, following every change the engine makes. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeToSyncStatus, getSyncStatus, () => notYetKnown)
}
