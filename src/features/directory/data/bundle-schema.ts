/* eslint-disable lingui/no-unlocalized-strings -- problems with a bundle are for the people who build and run Harbour, never shown in the app */
import * as v from 'valibot'
import { TOPIC_IDS } from '../../../lib/topics.ts'
import { DELIVERY_MODES, THRIVE_GROUPINGS, type DirectoryBundle } from '../service-model.ts'

/**
 * The normalised bundle's shape, checked wherever a bundle crosses a boundary: when the build
 * reads an area's file, and when the app receives a refreshed directory. The importer has already
 * cleaned every record; this guards against a hand-edited file or a broken download.
 */
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
const Time = v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/))

const OpeningRuleSchema = v.object({
  freq: v.picklist(['WEEKLY', 'MONTHLY']),
  byDay: v.array(v.string()),
  byMonthDay: v.optional(v.array(v.number())),
  interval: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  dtstart: v.optional(Day),
  opensAt: Time,
  closesAt: Time,
  validFrom: v.optional(Day),
  validTo: v.optional(Day),
  description: v.optional(v.string()),
})

const LocationSchema = v.object({
  id: v.string(),
  name: v.optional(v.string()),
  address: v.optional(v.string()),
  postcode: v.optional(v.string()),
  latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  accessibility: v.array(v.string()),
})

const ServiceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.minLength(1)),
  organisation: v.string(),
  description: v.string(),
  sample: v.boolean(),
  // The importer lets only web links through; a few services still have http:// sites.
  url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\//, 'is not a web address'))),
  email: v.optional(v.string()),
  phones: v.array(
    v.object({
      number: v.string(),
      kind: v.picklist(['voice', 'text']),
      description: v.optional(v.string()),
    }),
  ),
  modes: v.array(v.picklist(DELIVERY_MODES)),
  ages: v.object({ min: v.optional(v.number()), max: v.optional(v.number()) }),
  forParents: v.boolean(),
  topics: v.array(v.picklist(TOPIC_IDS)),
  thrive: v.pipe(v.array(v.picklist(THRIVE_GROUPINGS)), v.minLength(1)),
  free: v.optional(v.boolean()),
  fees: v.optional(v.string()),
  selfReferral: v.optional(v.boolean()),
  howToGetIn: v.optional(v.string()),
  eligibility: v.optional(v.string()),
  locations: v.array(LocationSchema),
  nationwide: v.boolean(),
  languages: v.array(v.string()),
  opening: v.array(OpeningRuleSchema),
  lastChecked: v.optional(Day),
})

export const DirectoryBundleSchema = v.object({
  format: v.literal('harbour-directory/1'),
  area: v.string(),
  generatedAt: v.string(),
  source: v.string(),
  services: v.pipe(v.array(ServiceSchema), v.minLength(1, 'has no services')),
})

export type BundleCheck = { ok: true; bundle: DirectoryBundle } | { ok: false; problems: string[] }

/** Checks a parsed bundle, naming up to ten problems by their place in the data. */
export function checkBundle(data: unknown): BundleCheck {
  const result = v.safeParse(DirectoryBundleSchema, data)
  if (result.success) return { ok: true, bundle: result.output as DirectoryBundle }
  const problems = result.issues
    .slice(0, 10)
    .map((issue) => `${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`)
  return { ok: false, problems }
}
