import { lazy, Suspense } from 'react'
import { useHydrated } from '../../../ui/use-hydrated.ts'

// Reads the device, so its code (the database's included) loads only once the page is live.
const SyncNotesLive = lazy(async () => ({
  default: (await import('./sync-notes-live.tsx')).SyncNotesLive,
}))

/**
 * My space's notes about sync: how it is doing (only while it is on) and any words kept from
 * another device (only when there are some). Nothing at all otherwise, or while the page loads.
 */
export function SyncNotes() {
  const hydrated = useHydrated()
  if (!hydrated) return null
  return (
    <Suspense fallback={null}>
      <SyncNotesLive />
    </Suspense>
  )
}
