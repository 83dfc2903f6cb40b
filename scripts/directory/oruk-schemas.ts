import * as v from 'valibot'
import {
  caseless,
  Email,
  Id,
  IsoDate,
  Items,
  Latitude,
  Longitude,
  Num,
  Text,
  Time,
  WebUrl,
} from './field-schemas.ts'

/**
 * Open Referral UK records as we read them, after the ORUK 3.0 UK profile
 * (OpenReferralUK/uk-profile, schema/compiled/service.json) and the HSDS 3.0 core fields the
 * profile leaves in place (phones, application_process, language names, taxonomy term codes).
 *
 * Each entity is parsed on its own with `parseLeniently`, so a bad child (one location, one
 * schedule) is dropped and reported without costing the service. Nested lists are `Items` here
 * and parsed item by item by the code that reads them. Fields the profile requires but that we
 * can repair (a location's id or type, a service's status) are optional here; the reader reports
 * each repair.
 */

const optional = v.optional

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const

export const ServiceSchema = v.object({
  id: Id,
  name: Text,
  status: optional(caseless(SERVICE_STATUSES)),
  description: optional(Text),
  url: optional(WebUrl),
  email: optional(Email),
  application_process: optional(Text),
  wait_time: optional(Text),
  fees_description: optional(Text),
  /** Deprecated in core, kept by the UK profile: the same text as fees_description. */
  fees: optional(Text),
  eligibility_description: optional(Text),
  minimum_age: optional(Num),
  maximum_age: optional(Num),
  assured_date: optional(IsoDate),
  organization: optional(v.unknown()),
  phones: optional(Items),
  schedules: optional(Items),
  service_areas: optional(Items),
  service_at_locations: optional(Items),
  languages: optional(Items),
  cost_options: optional(Items),
  attributes: optional(Items),
  /** ORUK 1.x service fields, carried through the upgrade to 3.0 (see upgrade-v1.ts). */
  attending_type: optional(Text),
  attending_access: optional(Text),
})
export type OrukService = v.InferOutput<typeof ServiceSchema>

export const OrganizationSchema = v.object({
  name: optional(Text),
  website: optional(WebUrl),
})

export const ServiceAtLocationSchema = v.object({
  location: optional(v.unknown()),
  schedules: optional(Items),
})

export const LocationSchema = v.object({
  id: optional(Id),
  location_type: optional(caseless(LOCATION_TYPES)),
  name: optional(Text),
  url: optional(WebUrl),
  latitude: optional(Latitude),
  longitude: optional(Longitude),
  addresses: optional(Items),
  accessibility: optional(Items),
})
export type OrukLocation = v.InferOutput<typeof LocationSchema>

export const AddressSchema = v.object({
  address_1: optional(Text),
  address_2: optional(Text),
  city: optional(Text),
  postal_code: optional(Text),
  address_type: optional(caseless(LOCATION_TYPES)),
})

export const AccessibilitySchema = v.object({
  description: optional(Text),
  accessibility: optional(Text),
})

export const PhoneSchema = v.object({
  number: v.union([Text, v.pipe(Num, v.transform(String))], 'is not a phone number'),
  type: optional(Text),
  extension: optional(Num),
  description: optional(Text),
})

export const ScheduleSchema = v.object({
  id: optional(Id),
  freq: optional(Text),
  byday: optional(Text),
  bymonthday: optional(v.union([Text, v.pipe(Num, v.transform(String))], 'is not a day list')),
  interval: optional(Num),
  dtstart: optional(IsoDate),
  opens_at: optional(Time),
  closes_at: optional(Time),
  valid_from: optional(IsoDate),
  valid_to: optional(IsoDate),
  description: optional(Text),
  attending_type: optional(Text),
  /** ORUK 1.x, carried through the upgrade. */
  attending_access: optional(Text),
})
export type OrukSchedule = v.InferOutput<typeof ScheduleSchema>

export const ServiceAreaSchema = v.object({
  name: optional(Text),
  service_area: optional(Text),
  uri: optional(Text),
})

export const LanguageSchema = v.object({
  name: optional(Text),
  code: optional(Text),
})

export const CostOptionSchema = v.object({
  amount: optional(Num),
  option: optional(Text),
})

export const AttributeSchema = v.object({
  taxonomy_term: v.unknown(),
})

export const TaxonomyTermSchema = v.object({
  code: optional(Text),
  term: optional(Text),
  name: optional(Text),
  taxonomy: optional(Text),
  taxonomy_detail: optional(v.object({ name: optional(Text) })),
})
export type OrukTaxonomyTerm = v.InferOutput<typeof TaxonomyTermSchema>

/**
 * ORUK 1.x (the LGA API: `regular_schedules`, `service_taxonomys`, `eligibilitys`, contacts
 * holding phones, `physical_addresses`). Only what differs from 3.0 is read here; fields shared
 * with 3.0 are carried over as they are and checked by the 3.0 schemas above.
 */
export const V1_ATTENDING_TYPES = ['phone', 'online', 'venue', 'home visit'] as const
export const V1_ATTENDING_ACCESS = ['referral', 'appointment', 'membership', 'drop-in'] as const

export const V1ServiceSchema = v.object({
  attending_type: optional(caseless(V1_ATTENDING_TYPES)),
  attending_access: optional(caseless(V1_ATTENDING_ACCESS)),
  regular_schedules: optional(Items),
  service_taxonomys: optional(Items),
  eligibilitys: optional(Items),
  contacts: optional(Items),
  languages: optional(Items),
  service_at_locations: optional(Items),
  cost_options: optional(Items),
})

export const V1ScheduleSchema = v.object({
  weekday: optional(v.union([Text, Num], 'is not a day')),
  byday: optional(Text),
})

export const V1EligibilitySchema = v.object({
  minimum_age: optional(Num),
  maximum_age: optional(Num),
})

export const V1ServiceTaxonomySchema = v.object({
  taxonomy: v.object({ id: optional(Id), name: optional(Text), vocabulary: optional(Text) }),
})

export const V1ContactSchema = v.object({ phones: optional(Items) })

export const V1LanguageSchema = v.object({ language: Text })

export const V1ServiceAtLocationSchema = v.object({
  location: optional(v.unknown()),
  regular_schedule: optional(Items),
  regular_schedules: optional(Items),
})

export const V1LocationSchema = v.object({
  physical_addresses: optional(Items),
  accessibility_for_disabilities: optional(Items),
})

export const V1AccessibilitySchema = v.object({ accessibility: Text })
