import { lazy, Suspense } from 'react'
import type { SavedItemKind } from '../../db/rows.ts'
import { useHydrated } from '../../ui/use-hydrated.ts'

const SaveToggle = lazy(async () => ({ default: (await import('./save-toggle.tsx')).SaveToggle }))

export interface SaveTarget {
  kind: SavedItemKind
  itemRef: string
  title: string
}

/**
 * "Save to My space". Shown only once JavaScript is running (a button that cannot work is worse
 * than none), and the database code loads after the page has painted.
 */
export function SaveToMySpace(target: SaveTarget) {
  if (!useHydrated()) return null
  return (
    <Suspense fallback={null}>
      <SaveToggle {...target} />
    </Suspense>
  )
}
