import * as v from 'valibot'
import type { Place } from '../search/search-model.ts'
import { milesBetween } from './distance.ts'
import { isNorthernIrishOutcode, normaliseOutcode } from './postcode.ts'

/**
 * Great Britain's postcode districts and their centres, from OS Code-Point Open. The table is its
 * own lazily loaded chunk: only a search by place needs it, and it is most of a 100 KB.
 */

/** The Open Government Licence attribution that must be shown wherever the table is used. */
export const POSTCODE_ATTRIBUTION =
  'Contains OS data © Crown copyright and database right 2014; Contains Royal Mail data © Royal Mail copyright and database right 2014; Contains National Statistics data © Crown copyright and database right 2014'

export type Country = 'England' | 'Scotland' | 'Wales' | 'Northern Ireland'

export interface District extends Place {
  outcode: string
  country: Country
}

export interface Districts {
  attribution: string
  byOutcode: ReadonlyMap<string, District>
}

/** One letter per country in the file keeps 2,880 rows small. */
export const COUNTRY_LETTERS = { E: 'England', S: 'Scotland', W: 'Wales' } as const

const TableSchema = v.object({
  attribution: v.string(),
  districts: v.record(
    v.string(),
    v.tuple([
      v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      v.picklist(['E', 'S', 'W']),
    ]),
  ),
})

/** Checks the table as written by scripts/directory/build-postcode-districts.ts. */
export function parseDistricts(table: unknown): Districts {
  const parsed = v.parse(TableSchema, table)
  const byOutcode = new Map<string, District>()
  for (const [outcode, [latitude, longitude, letter]] of Object.entries(parsed.districts)) {
    byOutcode.set(outcode, { outcode, latitude, longitude, country: COUNTRY_LETTERS[letter] })
  }
  return { attribution: parsed.attribution, byOutcode }
}

let loading: Promise<Districts> | undefined

/** The table, fetched once per page as its own chunk (and precached for offline use). */
export function loadDistricts(): Promise<Districts> {
  if (!loading) {
    loading = import('./postcode-districts.json').then((module) => parseDistricts(module.default))
    // A failed load (a dropped connection) may succeed next time.
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}

/** The centre of a district; a full postcode is reduced to its district first. */
export function placeOfOutcode(districts: Districts, outcode: string): Place | undefined {
  const key = normaliseOutcode(outcode)
  const district = key === undefined ? undefined : districts.byOutcode.get(key)
  return district && { latitude: district.latitude, longitude: district.longitude }
}

/**
 * The district whose centre is nearest: "use my location" keeps only this, never the position
 * itself. The table covers Great Britain only, so a place in Northern Ireland gets the nearest
 * district across the sea.
 */
const PO_BOX_DISTRICT = /^[A-Z]{1,2}9[89]$/

export function nearestOutcode(districts: Districts, place: Place): string {
  let nearest: string | undefined
  let best = Infinity
  for (const district of districts.byOutcode.values()) {
    // Districts 98 and 99 are mostly PO boxes and large mail users, centred on a sorting
    // office in a city centre: nobody lives "in" BS99. A neighbour is a truer rounding.
    if (PO_BOX_DISTRICT.test(district.outcode)) continue
    const miles = milesBetween(place, district)
    if (miles < best) {
      best = miles
      nearest = district.outcode
    }
  }
  if (nearest === undefined) throw new Error('The postcode districts table is empty')
  return nearest
}

/** Which UK nation a district is in; BT districts are Northern Ireland's, though not in the table. */
export function countryOfOutcode(districts: Districts, outcode: string): Country | undefined {
  const key = normaliseOutcode(outcode)
  if (key === undefined) return undefined
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a Country id, not shown as words
  if (isNorthernIrishOutcode(key)) return 'Northern Ireland'
  return districts.byOutcode.get(key)?.country
}
