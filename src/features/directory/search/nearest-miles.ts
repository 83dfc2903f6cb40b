import { EARTH_RADIUS_MILES } from '../places/distance.ts'
import type { Place } from './search-model.ts'

const RADIANS = Math.PI / 180

/** A searched-from place made ready for many distance checks. */
export interface Origin {
  latitude: number
  longitude: number
  cosLatitude: number
}

export function originOf(place: Place): Origin {
  const latitude = place.latitude * RADIANS
  return { latitude, longitude: place.longitude * RADIANS, cosLatitude: Math.cos(latitude) }
}

/**
 * Miles to the nearest of a service's places (packed as by `buildDirectoryIndex`), by the
 * haversine formula; Infinity when every place is further than `limit`. A place whose
 * difference in latitude alone is more than the limit is skipped without the trigonometry.
 */
export function nearestMiles(places: Float64Array, origin: Origin, limit = Infinity): number {
  const latitudeLimit = limit / EARTH_RADIUS_MILES
  let best = Infinity
  for (let at = 0; at < places.length; at += 3) {
    const latitude = places[at] as number
    if (Math.abs(latitude - origin.latitude) > latitudeLimit) continue
    const halfDLat = (latitude - origin.latitude) / 2
    const halfDLon = ((places[at + 1] as number) - origin.longitude) / 2
    const sinLat = Math.sin(halfDLat)
    const sinLon = Math.sin(halfDLon)
    const h = sinLat * sinLat + origin.cosLatitude * (places[at + 2] as number) * sinLon * sinLon
    const miles = 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)))
    if (miles < best) best = miles
  }
  return best <= limit ? best : Infinity
}
