import { useEffect, useState } from 'react'
import { listSavedItems } from '../../../db/saved-items.ts'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { picksFromSaved, type QuickPick } from './quick-picks.ts'

/** Services saved from Find support, offered as quick picks. None while they cannot be read. */
export function useSavedServicePicks(): QuickPick[] {
  const hydrated = useHydrated()
  const [picks, setPicks] = useState<QuickPick[]>([])
  useEffect(() => {
    if (!hydrated) return
    let live = true
    listSavedItems().then(
      (rows) => live && setPicks(picksFromSaved(rows)),
      // Quick picks are a shortcut; the plan works without them, so only note the problem.
      (error: unknown) => console.error(error),
    )
    return () => {
      live = false
    }
  }, [hydrated])
  return picks
}
