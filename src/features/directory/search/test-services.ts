import type { DirectoryService, OpeningRule, ServiceLocation } from '../service-model.ts'

/** Shared by the search tests (not a test file itself): small services to search over. */

/** Wednesday 25 November 2026, midday in London (GMT). */
export const WEDNESDAY_NOON = new Date('2026-11-25T12:00:00Z')

export const WEEKDAYS_9_TO_5: OpeningRule[] = [
  { freq: 'WEEKLY', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' },
]
export const ALWAYS: OpeningRule[] = [
  {
    freq: 'WEEKLY',
    byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
    opensAt: '00:00',
    closesAt: '23:59',
  },
]
export const SATURDAYS: OpeningRule[] = [
  { freq: 'WEEKLY', byDay: ['SA'], opensAt: '10:00', closesAt: '12:00' },
]

/** Bristol's centre (BS1), Clifton (BS8, about a mile away) and Bath (BA1, about 11 miles). */
export const BS1 = { latitude: 51.453, longitude: -2.594 }
export const BS8 = { latitude: 51.458, longitude: -2.622 }
export const BA1 = { latitude: 51.385, longitude: -2.365 }

export function at(
  place: { latitude: number; longitude: number },
  postcode?: string,
): ServiceLocation {
  return { id: `loc-${postcode ?? place.latitude}`, ...place, postcode, accessibility: [] }
}

let made = 0

export function service(fields: Partial<DirectoryService> = {}): DirectoryService {
  made += 1
  return {
    id: `svc-${String(made).padStart(3, '0')}`,
    name: `Service ${made}`,
    organisation: 'Example Trust',
    description: 'Support for young people.',
    sample: true,
    phones: [],
    modes: ['online'],
    ages: {},
    forParents: false,
    topics: [],
    thrive: ['Getting Advice'],
    free: true,
    selfReferral: true,
    locations: [],
    nationwide: false,
    languages: ['English'],
    opening: [],
    ...fields,
  }
}
