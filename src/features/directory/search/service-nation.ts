import type { Nation } from '../opening-hours/opening-status.ts'
import { isNorthernIrishOutcode, normaliseOutcode } from '../places/postcode.ts'
import type { DirectoryService } from '../service-model.ts'

/** Says which country a postcode district is in ("England", "Scotland", …), if it knows. */
export type CountryOfOutcode = (outcode: string) => string | undefined

// Postcode areas wholly in Scotland, for when no districts table is at hand. TD is left out
// because Berwick-upon-Tweed (TD15) is in England; the table settles TD when it is given.
const SCOTTISH_AREAS = /^(?:AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|ZE)[0-9]/

function nationOfOutcode(outcode: string, countryOf?: CountryOfOutcode): Nation | undefined {
  if (isNorthernIrishOutcode(outcode)) return 'northern-ireland'
  switch (countryOf?.(outcode)) {
    case 'Scotland':
      return 'scotland'
    case 'Northern Ireland':
      return 'northern-ireland'
    case 'England':
    case 'Wales':
      return 'england-and-wales'
  }
  return SCOTTISH_AREAS.test(outcode) ? 'scotland' : undefined
}

/**
 * Whose bank holidays a service keeps, from the first of its places with a known postcode.
 * England and Wales when nothing says otherwise: most services, and every national one.
 */
export function nationOfService(service: DirectoryService, countryOf?: CountryOfOutcode): Nation {
  for (const location of service.locations) {
    const outcode =
      location.postcode === undefined ? undefined : normaliseOutcode(location.postcode)
    const nation = outcode === undefined ? undefined : nationOfOutcode(outcode, countryOf)
    if (nation) return nation
  }
  return 'england-and-wales'
}
