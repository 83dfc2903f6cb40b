import { useCallback, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { paramsFromQuery, queryFromParams } from '../search/query-params.ts'
import type { DirectoryQuery } from '../search/search-model.ts'

const NO_PARAMS = new URLSearchParams()

export type QueryChange = Partial<DirectoryQuery>

/**
 * The search lives in the page's address, so any search can be shared as a link. The
 * prerendered page shows the whole directory; the address is read once the page has hydrated.
 */
export function useDirectoryQuery() {
  const [searchParams, setSearchParams] = useSearchParams()
  const hydrated = useHydrated()
  // The router shows a new address in a transition, a render or two later. Until it does, the
  // page shows what was just written: a ticked box stays ticked at once, and quick changes (fast
  // typing, two ticks in a row) build on the last address written, not the one still shown.
  const [written, setWritten] = useState<URLSearchParams | undefined>(undefined)
  const caughtUp = written === undefined || written.toString() === searchParams.toString()
  if (written !== undefined && caughtUp) setWritten(undefined)
  const current = caughtUp ? searchParams : written
  const params = hydrated ? current : NO_PARAMS
  const query = useMemo(() => queryFromParams(params), [params])
  const text = params.toString()
  const search = text ? `?${text}` : ''

  const write = useCallback(
    (next: (current: DirectoryQuery) => DirectoryQuery) => {
      const params = paramsFromQuery(next(queryFromParams(current)))
      setWritten(params)
      setSearchParams(params, { replace: true })
    },
    [current, setSearchParams],
  )

  const update = useCallback(
    (change: QueryChange) => write((current) => ({ ...current, ...change })),
    [write],
  )

  /** Every filter off; the person's answers about how they want support, and the door, stay. */
  const clearFilters = useCallback(
    () => write(({ audience, choice }) => ({ audience, choice })),
    [write],
  )

  return { query, search, update, clearFilters }
}
