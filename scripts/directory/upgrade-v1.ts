import { show } from './field-schemas.ts'
import { describeProblems, isRecord, parseLeniently } from './lenient-parse.ts'
import {
  V1AccessibilitySchema,
  V1ContactSchema,
  V1EligibilitySchema,
  V1LanguageSchema,
  V1LocationSchema,
  V1ScheduleSchema,
  V1ServiceAtLocationSchema,
  V1ServiceSchema,
  V1ServiceTaxonomySchema,
} from './oruk-schemas.ts'
import type { RecordLog } from './report.ts'
import { weekdayCode } from './schedule-days.ts'

/**
 * ORUK 1.x records, rewritten in the 3.0 shape so one reader (read-service.ts) handles both.
 * Only what 1.x spells differently is read here, with the 1.x schemas; fields both versions
 * share are carried over untouched and checked by the 3.0 schemas.
 */

const V1_KEYS = [
  'regular_schedules',
  'service_taxonomys',
  'eligibilitys',
  'holiday_schedules',
  'fundings',
  'reviews',
  'deliverable_type',
  'attending_type',
  'attending_access',
]
const V3_KEYS = ['schedules', 'attributes', 'phones', 'application_process', 'last_modified']

export function looksLikeV1(raw: unknown): boolean {
  return (
    isRecord(raw) &&
    V1_KEYS.some((key) => Object.hasOwn(raw, key)) &&
    !V3_KEYS.some((key) => Object.hasOwn(raw, key))
  )
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const key of keys) if (Object.hasOwn(source, key)) picked[key] = source[key]
  return picked
}

const SHARED_SERVICE = ['id', 'name', 'description', 'url', 'email', 'status', 'fees']
const SHARED_SCHEDULE = [
  'id',
  'freq',
  'interval',
  'bymonthday',
  'dtstart',
  'opens_at',
  'closes_at',
  'valid_from',
  'valid_to',
  'description',
  'attending_type',
  'attending_access',
]

function upgradeSchedule(item: unknown, position: number, log: RecordLog): unknown[] {
  const parsed = parseLeniently(V1ScheduleSchema, item)
  if (!isRecord(item) || !parsed.ok) return [item]
  const { weekday, byday } = parsed.value
  const day = byday ?? (weekday === undefined ? undefined : weekdayCode(weekday))
  if (weekday !== undefined && byday === undefined && day === undefined) {
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? item.id : `#${position}`
    log.repairs.push(`schedule ${id} weekday ${show(weekday)} is not a day — dropped`)
    return []
  }
  // A 1.x weekday means "every week on this day".
  const freq = item.freq ?? (day !== undefined ? 'WEEKLY' : undefined)
  return [{ ...pick(item, SHARED_SCHEDULE), freq, byday: day }]
}

function upgradeLocation(raw: unknown): unknown {
  const parsed = parseLeniently(V1LocationSchema, raw)
  if (!isRecord(raw) || !parsed.ok) return raw
  const addresses = (parsed.value.physical_addresses ?? []).map((address) =>
    isRecord(address) ? { ...address, address_type: 'physical' } : address,
  )
  const accessibility = (parsed.value.accessibility_for_disabilities ?? []).flatMap((item) => {
    const note = parseLeniently(V1AccessibilitySchema, item)
    return note.ok ? [{ description: note.value.accessibility }] : []
  })
  const hasPlace = raw.latitude != null || raw.longitude != null || addresses.length > 0
  return {
    ...pick(raw, ['id', 'name', 'latitude', 'longitude']),
    ...(hasPlace && { location_type: 'physical' }),
    addresses,
    accessibility,
  }
}

export function upgradeV1(raw: Record<string, unknown>, log: RecordLog): Record<string, unknown> {
  const parsed = parseLeniently(V1ServiceSchema, raw)
  if (!parsed.ok) return raw
  for (const problem of parsed.dropped) {
    log.repairs.push(`${describeProblems([problem])} — left out`)
  }
  const v1 = parsed.value
  const ages = (v1.eligibilitys ?? []).flatMap((item) => {
    const rule = parseLeniently(V1EligibilitySchema, item)
    return rule.ok ? [rule.value] : []
  })
  const mins = ages.map((a) => a.minimum_age).filter((a): a is number => a !== undefined)
  const maxes = ages.map((a) => a.maximum_age).filter((a): a is number => a !== undefined)

  const schedules: unknown[] = []
  ;(v1.regular_schedules ?? []).forEach((item, i) =>
    schedules.push(...upgradeSchedule(item, i + 1, log)),
  )
  const locations = (v1.service_at_locations ?? []).map((item) => {
    const sal = parseLeniently(V1ServiceAtLocationSchema, item)
    if (!sal.ok) return item
    const own = [...(sal.value.regular_schedule ?? []), ...(sal.value.regular_schedules ?? [])]
    own.forEach((s) => schedules.push(...upgradeSchedule(s, schedules.length + 1, log)))
    return { location: upgradeLocation(sal.value.location) }
  })

  const organization = isRecord(raw.organization)
    ? { name: raw.organization.name, website: raw.organization.url ?? raw.organization.website }
    : undefined
  return {
    ...pick(raw, SHARED_SERVICE),
    ...(organization && { organization }),
    ...(mins.length > 0 && { minimum_age: Math.min(...mins) }),
    ...(maxes.length > 0 && { maximum_age: Math.max(...maxes) }),
    ...pick(raw, ['assured_date', 'service_areas', 'cost_options']),
    attending_type: v1.attending_type,
    attending_access: v1.attending_access,
    schedules,
    service_at_locations: locations,
    phones: (v1.contacts ?? []).flatMap((contact) => {
      const parsedContact = parseLeniently(V1ContactSchema, contact)
      return parsedContact.ok ? (parsedContact.value.phones ?? []) : []
    }),
    languages: (v1.languages ?? []).flatMap((item) => {
      const language = parseLeniently(V1LanguageSchema, item)
      if (!language.ok) return []
      const text = language.value.language.trim()
      // 1.x lists ISO 639-1 codes; some feeds write the name instead.
      return [/^[a-z]{2,3}([-_][a-z]{2})?$/i.test(text) ? { code: text } : { name: text }]
    }),
    attributes: (v1.service_taxonomys ?? []).flatMap((item) => {
      const link = parseLeniently(V1ServiceTaxonomySchema, item)
      if (!link.ok) return [{}]
      const { id, name, vocabulary } = link.value.taxonomy
      return [{ taxonomy_term: { code: id, name, taxonomy: vocabulary } }]
    }),
  }
}
