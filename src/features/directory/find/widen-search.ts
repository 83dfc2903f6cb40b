import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { topicName } from '../../../lib/topic-names.ts'
import type { DirectoryQuery } from '../search/search-model.ts'
import { MODE_NAMES } from '../service/mode-labels.ts'
import { THRIVE_NAMES } from '../service/thrive-explanations.ts'

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

/** The filter as a person would name it, quoted: "“open now”", "the words “art”". */
export function filterName(query: DirectoryQuery, key: FilterKey, i18n: I18n): string {
  switch (key) {
    case 'text': {
      const words = query.text?.trim() ?? ''
      return i18n._(msg`the words “${words}”`)
    }
    case 'topic':
      return `“${query.topic ? topicName(query.topic, i18n) : ''}”`
    case 'age': {
      const age = query.age ?? ''
      return i18n._(msg`“age ${age}”`)
    }
    case 'near': {
      const near = query.near ?? ''
      return i18n._(msg`“near ${near}”`)
    }
    case 'within': {
      const miles = query.within ?? ''
      return i18n._(msg`“within ${miles} miles”`)
    }
    case 'openNow':
      return i18n._(msg`“open now”`)
    case 'free':
      return i18n._(msg`“free”`)
    case 'selfReferral':
      return i18n._(msg`“contact them yourself”`)
    case 'thrive':
      return `“${query.thrive ? i18n._(THRIVE_NAMES[query.thrive]) : ''}”`
    case 'modes': {
      const ways = (query.modes ?? []).map((mode) =>
        i18n._(MODE_NAMES[mode]).toLocaleLowerCase(i18n.locale),
      )
      return `“${orList(ways, i18n)}”`
    }
  }
}

/** "text or phone or group". */
function orList(items: readonly string[], i18n: I18n): string {
  if (items.length === 0) return ''
  return items.reduce((first, next) => i18n._(msg`${first} or ${next}`))
}

export interface Widening {
  key: FilterKey
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
      count: countWith(withoutFilter(query, key)),
    }))
    .filter((widening) => widening.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
}
