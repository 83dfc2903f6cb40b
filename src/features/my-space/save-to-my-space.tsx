import { lazy, Suspense, useEffect, useState } from 'react'
import type { SavedItemKind } from '../../db/rows.ts'

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
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <Suspense fallback={null}>
      <SaveToggle {...target} />
    </Suspense>
  )
}
