import type { DirectoryQuery } from '../search/search-model.ts'
import type { SearchPlace } from './use-search-place.ts'
import { activeFilters } from './widen-search.ts'

function servicesText(count: number): string {
  return count === 1 ? '1 service' : `${count} services`
}

function placeText(place: SearchPlace): string {
  switch (place.state) {
    case 'unknown':
      return `We could not find ${place.outcode} — check the postcode. Distance is not used for now. `
    case 'unavailable':
      return 'We could not load the postcode areas, so distance is not used for now. '
    case 'loading':
      return `Finding ${place.outcode}… `
    default:
      return ''
  }
}

function answered(query: DirectoryQuery): boolean {
  return Object.values(query.choice ?? {}).some((value) => value !== undefined)
}

/** The live count under the filters, read out whenever it changes. */
export function resultsMessage(
  query: DirectoryQuery,
  found: number | undefined,
  total: number,
  place: SearchPlace,
): string {
  if (found === undefined) return `Showing all ${servicesText(total)}.`
  // A place alone removes nothing: it only brings the nearest services up.
  const filtered = activeFilters(query).some((key) => key !== 'near')
  let count: string
  if (!filtered) count = `Showing all ${servicesText(total)}.`
  else if (found === 0) count = 'No services match.'
  else count = `${servicesText(found)} ${found === 1 ? 'matches' : 'match'}.`
  const order =
    found > 0 && answered(query)
      ? ' The ones that fit your answers come first.'
      : found > 0 && query.audience === 'parents'
        ? ' Services for parents and carers come first.'
        : ''
  return placeText(place) + count + order
}
