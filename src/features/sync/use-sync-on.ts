import { useLiveQuery } from 'dexie-react-hooks'
import { isSyncOn } from '../../db/sync/sync-key.ts'

export type SyncOnState = boolean | 'unreadable'

async function readSyncOn(): Promise<SyncOnState> {
  try {
    return await isSyncOn()
  } catch (error) {
    // The device's storage could not be read (a private window that blocks it, say): say so
    // in the page instead of failing the whole of Settings.
    console.error(error)
    return 'unreadable'
  }
}

/**
 * Whether sync is on for this device, following changes from this and other tabs; undefined
 * while the device is read. Needs no key, so it also answers while My space is locked.
 */
export function useSyncOn(): SyncOnState | undefined {
  return useLiveQuery(readSyncOn, [])
}
