import { useSyncExternalStore } from 'react'

/**
 * Which door a person came in by, remembered on this device only so Harbour can put what fits
 * them first. Only the parents' door can be remembered for now. It lives in local storage, is
 * never sent anywhere, and forgetting it removes it completely.
 */
export type Door = 'parents'

export const DOOR_STORAGE_KEY = 'harbour.door'

const listeners = new Set<() => void>()

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    // Some private modes refuse storage: the choice then lasts for this visit only.
    return undefined
  }
}

/** Only for a visit whose storage refuses to keep the choice. */
let unsaved: Door | undefined | null = null

function parseDoor(value: string | null | undefined): Door | undefined {
  return value === 'parents' ? value : undefined
}

export function getDoor(): Door | undefined {
  if (unsaved !== null) return unsaved
  try {
    return parseDoor(storage()?.getItem(DOOR_STORAGE_KEY))
  } catch {
    return undefined
  }
}

function announce() {
  for (const listener of listeners) listener()
}

function store(door: Door | undefined) {
  try {
    const local = storage()
    if (!local) throw new Error('No local storage')
    if (door) local.setItem(DOOR_STORAGE_KEY, door)
    else local.removeItem(DOOR_STORAGE_KEY)
    unsaved = null
  } catch {
    // Storage full or refused: the choice still holds for this visit.
    unsaved = door
  }
  announce()
}

export function rememberDoor(door: Door = 'parents'): void {
  store(door)
}

export function forgetDoor(): void {
  store(undefined)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab choosing or forgetting the door changes this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === DOOR_STORAGE_KEY || event.key === null) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/**
 * The remembered door, or undefined. Always undefined in prerendered HTML and while the page
 * hydrates, so the first render never depends on the device.
 */
export function useDoor(): Door | undefined {
  return useSyncExternalStore(subscribe, getDoor, () => undefined)
}
