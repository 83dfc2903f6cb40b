import type { ServiceLocation } from '../../src/features/directory/service-model.ts'
import { cleanOptional } from './clean-text.ts'
import { isInUk, show } from './field-schemas.ts'
import { describeProblems, parseLeniently } from './lenient-parse.ts'
import { AccessibilitySchema, AddressSchema, LocationSchema } from './oruk-schemas.ts'
import type { RecordLog } from './report.ts'

/**
 * ORUK locations to the places a person can go. Only physical locations with believable
 * coordinates become `ServiceLocation`s: a pin in the wrong place sends someone to the wrong
 * door, so an impossible or missing point drops the location (reported). Virtual locations give
 * the service's online link; postal ones are mailing addresses, not places to visit.
 */

export interface LocationReading {
  type?: 'physical' | 'postal' | 'virtual'
  url?: string
  location?: ServiceLocation
}

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/
const OUTWARD_CODE = /^[A-Z]{1,2}\d[A-Z\d]?$/

/** "bs1 4dj" → "BS1 4DJ"; an outward code alone ("BS1") is kept, as sample data uses them. */
export function normalisePostcode(text: string): string | undefined {
  const upper = text.trim().toUpperCase().replace(/\s+/g, ' ')
  const full = FULL_POSTCODE.exec(upper)
  if (full) return `${full[1]} ${full[2]}`
  return OUTWARD_CODE.test(upper) ? upper : undefined
}

// About a metre: more digits only make the bundle bigger.
const round = (n: number) => Math.round(n * 1e6) / 1e6

function readAddress(items: readonly unknown[], label: string, log: RecordLog) {
  const addresses = items.flatMap((item) => {
    const parsed = parseLeniently(AddressSchema, item)
    return parsed.ok ? [parsed.value] : []
  })
  const address = addresses.find((a) => a.address_type === 'physical') ?? addresses[0]
  if (address === undefined) return {}
  const postcodeText = cleanOptional(address.postal_code)
  const postcode = postcodeText === undefined ? undefined : normalisePostcode(postcodeText)
  if (postcodeText !== undefined && postcode === undefined) {
    log.warnings.push(`${label} postcode ${show(postcodeText)} is not a UK postcode — left out`)
  }
  const street = [address.address_1, address.address_2, address.city]
    .map(cleanOptional)
    .filter((part) => part !== undefined)
    .join(', ')
  const line = [street, postcode].filter(Boolean).join(' ')
  return { address: line === '' ? undefined : line, postcode }
}

function readAccessibility(items: readonly unknown[]): string[] {
  const notes = items.flatMap((item) => {
    const parsed = parseLeniently(AccessibilitySchema, item)
    if (!parsed.ok) return []
    const text = cleanOptional(parsed.value.description ?? parsed.value.accessibility)
    return text === undefined ? [] : [text]
  })
  return [...new Set(notes)]
}

export function readLocation(
  raw: unknown,
  position: number,
  serviceId: string,
  log: RecordLog,
): LocationReading {
  const parsed = parseLeniently(LocationSchema, raw)
  if (!parsed.ok) {
    log.repairs.push(`location #${position} ${describeProblems(parsed.problems)} — dropped`)
    return {}
  }
  const loc = parsed.value
  const label = `location ${loc.id ?? `#${position}`}`
  const badPoint = parsed.dropped.filter((p) => p.field === 'latitude' || p.field === 'longitude')
  for (const problem of parsed.dropped.filter((p) => !badPoint.includes(p))) {
    log.repairs.push(`${label} ${describeProblems([problem])} — left out`)
  }

  let type = loc.location_type
  if (type === undefined) {
    const hasPoint =
      badPoint.length > 0 || (loc.latitude !== undefined && loc.longitude !== undefined)
    type =
      hasPoint || (loc.addresses?.length ?? 0) > 0 ? 'physical' : loc.url ? 'virtual' : undefined
    if (type === undefined) {
      log.repairs.push(`${label} has no location_type and no place or link — dropped`)
      return {}
    }
    log.repairs.push(`${label} has no location_type — read as ${type}`)
  }
  if (type === 'virtual') return { type, url: loc.url }
  if (type === 'postal') {
    log.warnings.push(`${label} is a postal address, not a place to visit — left out`)
    return { type }
  }

  if (badPoint.length > 0) {
    log.repairs.push(`${label} ${describeProblems(badPoint)} — location dropped`)
    return { type }
  }
  let { latitude, longitude } = loc
  if (latitude === undefined || longitude === undefined) {
    log.repairs.push(`${label} has no coordinates — location dropped`)
    return { type }
  }
  if (latitude === 0 && longitude === 0) {
    log.repairs.push(`${label} is at 0, 0, the point of a blank field — location dropped`)
    return { type }
  }
  if (!isInUk(latitude, longitude)) {
    if (isInUk(longitude, latitude)) {
      log.repairs.push(
        `${label} latitude ${latitude} and longitude ${longitude} look swapped — swapped`,
      )
      ;[latitude, longitude] = [longitude, latitude]
    } else {
      log.warnings.push(`${label} at ${latitude}, ${longitude} is not in the UK — kept, check it`)
    }
  }

  const id = loc.id ?? `${serviceId}-location-${position}`
  if (loc.id === undefined) log.repairs.push(`${label} has no id — given the id ${id}`)
  const name = cleanOptional(loc.name)
  const { address, postcode } = readAddress(loc.addresses ?? [], label, log)
  return {
    type,
    location: {
      id,
      ...(name !== undefined && { name }),
      ...(address !== undefined && { address }),
      ...(postcode !== undefined && { postcode }),
      latitude: round(latitude),
      longitude: round(longitude),
      accessibility: readAccessibility(loc.accessibility ?? []),
    },
  }
}
