/* eslint-disable lingui/no-unlocalized-strings -- the data's own values (THRIVE's exact labels are ids here); the interface names them through THRIVE_NAMES */
import type { Topic } from '../../lib/topics.ts'

/**
 * The directory as the app uses it: Open Referral UK data normalised at import time into a small
 * bundle the build precaches. Everything here is public information about services.
 */

/** How a person can get help from a service, derived from the data (never typed by hand). */
export type DeliveryMode =
  'online' | 'phone' | 'text' | 'face-to-face' | 'group' | 'drop-in' | 'home-visit'

export const DELIVERY_MODES: readonly DeliveryMode[] = [
  'online',
  'phone',
  'text',
  'face-to-face',
  'group',
  'drop-in',
  'home-visit',
]

/** THRIVE's needs-based groupings, exact labels. */
export type ThriveGrouping =
  'Thriving' | 'Getting Advice' | 'Getting Help' | 'Getting More Help' | 'Getting Risk Support'

export const THRIVE_GROUPINGS: readonly ThriveGrouping[] = [
  'Thriving',
  'Getting Advice',
  'Getting Help',
  'Getting More Help',
  'Getting Risk Support',
]

/**
 * One opening rule, in UK local time (Europe/London), after RFC 5545 as Open Referral uses it.
 * A closing time earlier than the opening time means the period ends the next day.
 */
export interface OpeningRule {
  freq: 'WEEKLY' | 'MONTHLY'
  /** WEEKLY: MO…SU. MONTHLY: with an ordinal, e.g. 2MO (second Monday), -1TH (last Thursday). */
  byDay: string[]
  /** MONTHLY by date instead of weekday, e.g. [1, 15]. */
  byMonthDay?: number[]
  /** Every n weeks or months, counted from dtstart. */
  interval?: number
  /** YYYY-MM-DD: the first occurrence, needed with interval. */
  dtstart?: string
  /** HH:MM, 24-hour. */
  opensAt: string
  closesAt: string
  /** YYYY-MM-DD, inclusive: the rule applies only within these dates (term time, a course). */
  validFrom?: string
  validTo?: string
  /** Words from the data, shown as they are, e.g. "Term time only". */
  description?: string
}

export interface ServicePhone {
  number: string
  kind: 'voice' | 'text'
  description?: string
}

export interface ServiceLocation {
  id: string
  name?: string
  /** One line, e.g. "Sample House, 1 Example Street, Bristol BS1 4DJ". */
  address?: string
  postcode?: string
  latitude: number
  longitude: number
  accessibility: string[]
}

export interface DirectoryService {
  /** The service's id in the source data (a UUID in ORUK 3.0). */
  id: string
  name: string
  organisation: string
  description: string
  /** Clearly-labelled sample data (the demo area's local services). */
  sample: boolean
  url?: string
  email?: string
  phones: ServicePhone[]
  modes: DeliveryMode[]
  /** Ages of the person the service is for; either end may be open. */
  ages: { min?: number; max?: number }
  /** For parents and carers (of any age child). */
  forParents: boolean
  topics: Topic[]
  thrive: ThriveGrouping[]
  /** undefined when the data does not say. */
  free: boolean | undefined
  fees?: string
  /** undefined when the data does not say. */
  selfReferral: boolean | undefined
  /** How to get in and what happens next, from the data. */
  howToGetIn?: string
  eligibility?: string
  locations: ServiceLocation[]
  /** Available across a nation or the UK, not tied to a place. */
  nationwide: boolean
  languages: string[]
  /** Empty when the data gives no hours: then "open now" is unknown, never guessed. */
  opening: OpeningRule[]
  /** When the source last checked the record (YYYY-MM-DD), if it says. */
  lastChecked?: string
}

/** The bundle an import writes for an area, and the build precaches. */
export interface DirectoryBundle {
  format: 'harbour-directory/1'
  area: string
  generatedAt: string
  source: string
  services: DirectoryService[]
}
