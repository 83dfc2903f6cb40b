import { useMemo } from 'react'
import type { DirectoryIndex } from '../search/directory-index.ts'
import { searchDirectory } from '../search/search-directory.ts'
import type { DirectoryQuery, Place, RankedService } from '../search/search-model.ts'
import { widenings, type Widening } from './widen-search.ts'

export interface SearchOutcome {
  /** Undefined until the page is live: ranking depends on the time, the prerender must not. */
  results: RankedService[] | undefined
  /** When nothing matches: filters to take off that would bring services back. */
  widen: Widening[]
}

export function useSearchResults(
  index: DirectoryIndex,
  query: DirectoryQuery,
  now: Date | undefined,
  origin: Place | undefined,
): SearchOutcome {
  return useMemo(() => {
    if (now === undefined) return { results: undefined, widen: [] }
    const results = searchDirectory(index, query, now, origin)
    const widen =
      results.length > 0
        ? []
        : widenings(query, (wider) => searchDirectory(index, wider, now, origin).length)
    return { results, widen }
  }, [index, query, now, origin])
}
