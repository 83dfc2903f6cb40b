import { TOPICS } from '../../../lib/topics.ts'
import type { DirectoryQuery } from '../search/search-model.ts'
import { MODE_LABELS } from '../service/mode-labels.ts'

/** The parts of a search that remove services (answers about how to get support only reorder). */
export type FilterKey =
  | 'text'
  | 'topic'
  | 'age'
  | 'near'
  | 'within'
  | 'openNow'
  | 'free'
  | 'selfReferral'
  | 'thrive'
  | 'modes'

const FILTER_KEYS: readonly FilterKey[] = [
  'text',
  'topic',
  'age',
  'near',
  'within',
  'openNow',
  'free',
  'selfReferral',
  'thrive',
  'modes',
]

export function isFilterOn(query: DirectoryQuery, key: FilterKey): boolean {
  switch (key) {
    case 'text':
      return Boolean(query.text?.trim())
    case 'modes':
      return (query.modes?.length ?? 0) > 0
    case 'within':
      // Distance only filters from a place.
      return query.within !== undefined && query.near !== undefined
    case 'openNow':
    case 'free':
    case 'selfReferral':
      return query[key] === true
    default:
      return query[key] !== undefined
  }
}

export function activeFilters(query: DirectoryQuery): FilterKey[] {
  return FILTER_KEYS.filter((key) => isFilterOn(query, key))
}

/** The search without one filter; without a place, a distance means nothing, so it goes too. */
export function withoutFilter(query: DirectoryQuery, key: FilterKey): DirectoryQuery {
  const next: DirectoryQuery = { ...query, [key]: undefined }
  if (key === 'near') next.within = undefined
  return next
}

/** The filter as a person would name it, quoted: "“Open now”", "the words “art”". */
export function filterName(query: DirectoryQuery, key: FilterKey): string {
  switch (key) {
    case 'text':
      return `the words “${query.text?.trim() ?? ''}”`
    case 'topic':
      return `“${query.topic ? TOPICS[query.topic] : ''}”`
    case 'age':
      return `“age ${query.age ?? ''}”`
    case 'near':
      return `“near ${query.near ?? ''}”`
    case 'within':
      return `“within ${query.within ?? ''} miles”`
    case 'openNow':
      return '“open now”'
    case 'free':
      return '“free”'
    case 'selfReferral':
      return '“contact them yourself”'
    case 'thrive':
      return `“${query.thrive ?? ''}”`
    case 'modes': {
      const ways = (query.modes ?? []).map((mode) => MODE_LABELS[mode].toLowerCase())
      return `“${ways.join(' or ')}”`
    }
  }
}

export interface Widening {
  key: FilterKey
  name: string
  /** How many services the search finds without this filter. */
  count: number
}

/**
 * Ways to widen a search that found nothing: each filter that, taken off alone, brings services
 * back, the one that brings most back first (the strictest filter).
 */
export function widenings(
  query: DirectoryQuery,
  countWith: (query: DirectoryQuery) => number,
  limit = 2,
): Widening[] {
  return activeFilters(query)
    .map((key) => ({
      key,
      name: filterName(query, key),
      count: countWith(withoutFilter(query, key)),
    }))
    .filter((widening) => widening.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
}
