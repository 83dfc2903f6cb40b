import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { DirectoryQuery } from '../search/search-model.ts'
import type { SearchPlace } from './use-search-place.ts'
import { activeFilters } from './widen-search.ts'

function placeText(place: SearchPlace, i18n: I18n): string {
  switch (place.state) {
    case 'unknown': {
      const outcode = place.outcode
      return i18n._(
        msg`We could not find ${outcode} — check the postcode. Distance is not used for now.`,
      )
    }
    case 'unavailable':
      return i18n._(msg`We could not load the postcode areas, so distance is not used for now.`)
    case 'loading': {
      const outcode = place.outcode
      return i18n._(msg`Finding ${outcode}…`)
    }
    default:
      return ''
  }
}

function answered(query: DirectoryQuery): boolean {
  return Object.values(query.choice ?? {}).some((value) => value !== undefined)
}

function showingAll(total: number, i18n: I18n): string {
  return i18n._(msg`Showing all ${plural(total, { one: '# service', other: '# services' })}.`)
}

/** The live count under the filters, read out whenever it changes. */
export function resultsMessage(
  query: DirectoryQuery,
  found: number | undefined,
  total: number,
  place: SearchPlace,
  i18n: I18n,
): string {
  if (found === undefined) return showingAll(total, i18n)
  // A place alone removes nothing: it only brings the nearest services up.
  const filtered = activeFilters(query).some((key) => key !== 'near')
  let count: string
  if (!filtered) count = showingAll(total, i18n)
  else if (found === 0) count = i18n._(msg`No services match.`)
  else {
    count = i18n._(msg`${plural(found, { one: '# service matches.', other: '# services match.' })}`)
  }
  const order =
    found > 0 && answered(query)
      ? i18n._(msg`The ones that fit your answers come first.`)
      : found > 0 && query.audience === 'parents'
        ? i18n._(msg`Services for parents and carers come first.`)
        : ''
  return [placeText(place, i18n), count, order].filter(Boolean).join(' ')
}
