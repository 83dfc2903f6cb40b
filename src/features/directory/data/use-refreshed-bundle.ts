import { useEffect, useSyncExternalStore } from 'react'
import area from 'virtual:harbour-area'
import type { DirectoryBundle } from '../service-model.ts'
import { refreshDirectory } from './directory-refresh.ts'

let latest: DirectoryBundle | undefined
let started = false
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

async function startRefresh(precached: DirectoryBundle) {
  if (started) return
  started = true
  // Only an area whose pack names a feed has anything newer to ask its server for.
  const hasFeed = area.directory?.feedUrl !== undefined
  const online = () => hasFeed && navigator.onLine
  for await (const bundle of refreshDirectory(precached, { online })) {
    latest = bundle
    for (const listener of listeners) listener()
  }
}

/**
 * The built-in bundle until the page is live, then the newest one (once per visit, in the
 * background). Prerendered HTML and the first client render always use the built-in bundle.
 */
export function useRefreshedBundle(precached: DirectoryBundle): DirectoryBundle {
  useEffect(() => {
    void startRefresh(precached)
  }, [precached])
  return useSyncExternalStore(
    subscribe,
    () => latest ?? precached,
    () => precached,
  )
}
