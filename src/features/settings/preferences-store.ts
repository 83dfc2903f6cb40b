import { applyPreferences } from './apply-preferences.ts'
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  PREFERENCES_CACHE,
  PREFERENCES_URL,
  type Preferences,
} from './preferences.ts'

const STORAGE_KEY = 'harbour.preferences'
const listeners = new Set<() => void>()
let current: Preferences | undefined

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    // Some private modes refuse storage altogether; preferences then last for this visit only.
    return undefined
  }
}

export function getPreferences(): Preferences {
  current ??= parsePreferences(storage()?.getItem(STORAGE_KEY) ?? null)
  return current
}

export function getServerPreferences(): Preferences {
  return DEFAULT_PREFERENCES
}

/**
 * Leaves a copy for the service worker, which writes the attributes into every page it serves so
 * the chosen theme is there before the first paint. Best effort: without it, the app applies
 * them a moment later.
 */
export async function sharePreferencesWithServiceWorker(prefs = getPreferences()): Promise<void> {
  if (typeof caches === 'undefined') return
  try {
    const cache = await caches.open(PREFERENCES_CACHE)
    await cache.put(
      PREFERENCES_URL,
      new Response(JSON.stringify(prefs), { headers: { 'content-type': 'application/json' } }),
    )
  } catch {
    // Cache storage refused (private mode, full disk): the page still applies them itself.
  }
}

export function setPreferences(change: Partial<Preferences>): void {
  current = { ...getPreferences(), ...change }
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(current))
  } catch {
    // A full or refused store still applies the choice for this visit.
  }
  applyPreferences(current, document.documentElement)
  void sharePreferencesWithServiceWorker(current)
  for (const listener of listeners) listener()
}

export function subscribeToPreferences(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return
    current = parsePreferences(event.newValue)
    applyPreferences(current, document.documentElement)
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** Applies the stored preferences before the first render. */
export function applyStoredPreferences(): void {
  applyPreferences(getPreferences(), document.documentElement)
}

/** For tests: forget the cached value so the next read comes from storage. */
export function resetPreferencesCache(): void {
  current = undefined
}
