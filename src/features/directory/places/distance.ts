import type { Place } from '../search/search-model.ts'

/** The mean radius of the Earth in miles (6,371 km). */
export const EARTH_RADIUS_MILES = 3958.8

const RADIANS = Math.PI / 180

/** Straight-line ("as the crow flies") miles over the Earth's surface, by the haversine formula. */
export function milesBetween(a: Place, b: Place): number {
  const lat1 = a.latitude * RADIANS
  const lat2 = b.latitude * RADIANS
  const halfDLat = (lat2 - lat1) / 2
  const halfDLon = ((b.longitude - a.longitude) * RADIANS) / 2
  const h = Math.sin(halfDLat) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(halfDLon) ** 2
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)))
}
