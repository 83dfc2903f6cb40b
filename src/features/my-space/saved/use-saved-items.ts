import { useLiveQuery } from 'dexie-react-hooks'
import { listSavedItems } from '../../../db/saved-items.ts'
import type { SavedItemRow } from '../../../db/rows.ts'

/** Everything saved, newest first, kept up to date with other tabs; undefined while reading. */
export function useSavedItems(): SavedItemRow[] | undefined {
  return useLiveQuery(listSavedItems, [])
}
