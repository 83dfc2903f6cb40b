import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { isTopic, type Topic } from '../../lib/topics.ts'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { AUDIENCE_IDS, type Audience } from './article-meta.ts'

export interface LibraryFilters {
  query: string
  audience: Audience | undefined
  topic: Topic | undefined
}

function isAudience(value: string | null): value is Audience {
  return (AUDIENCE_IDS as readonly (string | null)[]).includes(value)
}

/** Search text and filters live in the address, so any search can be shared as a link. */
export function useLibraryFilters() {
  const [searchParams, setParams] = useSearchParams()
  // The prerendered page lists everything; the address's filters apply once it has hydrated.
  const params = useHydrated() ? searchParams : new URLSearchParams()
  const audience = params.get('audience')
  const topic = params.get('topic') ?? ''
  const filters: LibraryFilters = {
    query: params.get('q') ?? '',
    audience: isAudience(audience) ? audience : undefined,
    topic: isTopic(topic) ? topic : undefined,
  }

  const update = useCallback(
    (change: Partial<LibraryFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          const set = (key: string, value: string | undefined) =>
            value ? next.set(key, value) : next.delete(key)
          if ('query' in change) set('q', change.query?.trimStart())
          if ('audience' in change) set('audience', change.audience)
          if ('topic' in change) set('topic', change.topic)
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  return [filters, update] as const
}
