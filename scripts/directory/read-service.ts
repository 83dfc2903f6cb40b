import * as v from 'valibot'
import type {
  DirectoryService,
  OpeningRule,
  ServiceLocation,
  ThriveGrouping,
} from '../../src/features/directory/service-model.ts'
import { cleanOptional, cleanText } from './clean-text.ts'
import { readLanguages, readPhones } from './contact-facts.ts'
import { Id, isUuid, show } from './field-schemas.ts'
import { describeProblems, isRecord, parseLeniently } from './lenient-parse.ts'
import { readLocation } from './locations.ts'
import { readSchedule } from './opening-rules.ts'
import { OrganizationSchema, ServiceAtLocationSchema, ServiceSchema } from './oruk-schemas.ts'
import { newLog, type RecordLog, type RecordOutcome } from './report.ts'
import {
  deriveModes,
  isForParents,
  isNationwide,
  readAges,
  readFees,
  readSelfReferral,
} from './service-facts.ts'
import { classify } from './taxonomy.ts'
import type { TopicMapping } from './topic-mapping.ts'
import { looksLikeV1, upgradeV1 } from './upgrade-v1.ts'

export type SourceFormat = '3.0' | '1.x'

export interface ServiceReading {
  outcome: RecordOutcome
  service?: DirectoryService
}

/**
 * Every service carries at least one THRIVE grouping (standards.md). When the data gives none,
 * we set Getting Advice, the broadest and least-claiming grouping (signposting and advice): it
 * never suggests that a professional takes responsibility, as Getting Help would, nor that the
 * service handles risk. It is reported as a repair so the area can fix the source.
 */
export const DEFAULT_THRIVE: ThriveGrouping = 'Getting Advice'

const defined = <T>(value: T | undefined): value is T => value !== undefined

function rejected(label: string, reason: string): ServiceReading {
  return { outcome: { label, outcome: 'rejected', reason, repairs: [], warnings: [] } }
}

function labelOf(record: unknown, position: number): string {
  const id = isRecord(record) ? v.safeParse(Id, record.id) : undefined
  return id?.success ? `svc ${id.output}` : `record ${position}`
}

/** One source record to a `DirectoryService`, or a rejection saying why. Never throws. */
export function readService(
  raw: unknown,
  position: number,
  mapping: TopicMapping,
  format?: SourceFormat,
): ServiceReading {
  try {
    return readOrThrow(raw, position, mapping, format)
  } catch (error) {
    // A fault in this importer, not in the data: keep going, and say so plainly.
    return rejected(
      labelOf(raw, position),
      `could not be read because of a fault in the importer (${error instanceof Error ? error.message : String(error)}) — ` +
        'rejected; please report this',
    )
  }
}

function readOrThrow(
  raw: unknown,
  position: number,
  mapping: TopicMapping,
  format: SourceFormat | undefined,
): ServiceReading {
  const log = newLog()
  const isV1 = format === '1.x' || (format === undefined && looksLikeV1(raw))
  const record = isV1 && isRecord(raw) ? upgradeV1(raw, log) : raw
  const parsed = parseLeniently(ServiceSchema, record)
  if (!parsed.ok) {
    const fields = parsed.problems.map((p) => p.field)
    const what = fields.includes('id')
      ? 'no usable id'
      : fields.includes('name')
        ? 'no usable name'
        : 'not a service'
    return rejected(
      labelOf(record, position),
      `${what} (${describeProblems(parsed.problems)}) — rejected`,
    )
  }
  const s = parsed.value
  const label = `svc ${s.id}`
  const name = cleanText(s.name)
  if (name === '') return rejected(label, 'no usable name (name is empty) — rejected')
  const badStatus = parsed.dropped.find((p) => p.field === 'status')
  if (badStatus) return rejected(label, `status ${badStatus.message} — rejected`)
  if (s.status !== undefined && s.status !== 'active') {
    return rejected(label, `status is ${show(s.status)}, so it is not shown — rejected`)
  }
  for (const problem of parsed.dropped) {
    log.repairs.push(`${describeProblems([problem])} — left out`)
  }
  // ORUK 3.0 requires a status; 1.x does not, so there a missing one simply means active.
  if (s.status === undefined && !isV1) log.repairs.push('has no status — read as active')
  if (!isV1 && !isUuid(s.id)) log.warnings.push(`id ${show(s.id)} is not a UUID, as ORUK 3.0 asks`)

  const service = buildService(s, name, mapping, log)
  const outcome = log.repairs.length > 0 ? 'repaired' : 'imported'
  return { outcome: { label, outcome, ...log }, service }
}

type OrukService = v.InferOutput<typeof ServiceSchema>

function readPlaces(s: OrukService, log: RecordLog) {
  const types: Array<string | undefined> = []
  const links: string[] = []
  const locations: ServiceLocation[] = []
  const schedules: unknown[] = [...(s.schedules ?? [])]
  ;(s.service_at_locations ?? []).forEach((item, index) => {
    const sal = parseLeniently(ServiceAtLocationSchema, item)
    if (!sal.ok) {
      log.repairs.push(
        `service_at_location #${index + 1} ${describeProblems(sal.problems)} — dropped`,
      )
      return
    }
    schedules.push(...(sal.value.schedules ?? []))
    if (sal.value.location === undefined) {
      log.warnings.push(`service_at_location #${index + 1} has no nested location — ignored`)
      return
    }
    const reading = readLocation(sal.value.location, index + 1, s.id, log)
    types.push(reading.type)
    if (reading.url !== undefined) links.push(reading.url)
    const place = reading.location
    if (place && !locations.some((known) => known.id === place.id)) locations.push(place)
  })
  return { types, links, locations, schedules }
}

function readOpening(items: readonly unknown[], log: RecordLog) {
  const opening: OpeningRule[] = []
  const attending: string[] = []
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const reading = readSchedule(item, index + 1, log)
    attending.push(...reading.attending)
    const key = JSON.stringify(reading.rule)
    if (reading.rule && !seen.has(key)) {
      seen.add(key)
      opening.push(reading.rule)
    }
  })
  return { opening, attending }
}

function buildService(
  s: OrukService,
  name: string,
  mapping: TopicMapping,
  log: RecordLog,
): DirectoryService {
  const org =
    s.organization === undefined ? undefined : parseLeniently(OrganizationSchema, s.organization)
  const organisation = org?.ok ? cleanOptional(org.value.name) : undefined
  if (organisation === undefined) log.warnings.push('has no organisation name')
  const description = cleanOptional(s.description)
  if (description === undefined) log.warnings.push('has no description')

  const places = readPlaces(s, log)
  const { opening, attending } = readOpening(places.schedules, log)
  const phones = readPhones(s.phones ?? [], log)
  const { topics, thrive } = classify(s.attributes ?? [], mapping, log)
  if (thrive.length === 0) {
    log.repairs.push(`no THRIVE grouping — set to ${DEFAULT_THRIVE}`)
    thrive.push(DEFAULT_THRIVE)
  }
  if (topics.length === 0) log.warnings.push('has no topic, so no topic filter will find it')
  attending.push(...[s.attending_type, s.attending_access].filter(defined))
  const modes = deriveModes({
    locationTypes: places.types,
    phoneKinds: phones.map((phone) => phone.kind),
    attending,
  })
  if (modes.length === 0) log.warnings.push('says no way to get support (no phone, place or link)')

  const eligibility = cleanOptional(s.eligibility_description)
  const applicationProcess = cleanOptional(s.application_process)
  const howToGetIn = [applicationProcess, cleanOptional(s.wait_time)].filter(defined).join('\n')
  const { free, fees } = readFees(s.fees_description ?? s.fees, s.cost_options ?? [])
  const url = s.url ?? places.links[0]
  // Keys in the model's order; optional ones only when there is something to say.
  return {
    id: s.id,
    name,
    organisation: organisation ?? '',
    description: description ?? '',
    sample: /^sample:/i.test(name),
    ...(url !== undefined && { url }),
    ...(s.email !== undefined && { email: s.email }),
    phones,
    modes,
    ages: readAges(s.minimum_age, s.maximum_age, log),
    forParents: isForParents(topics.includes('parenting'), eligibility),
    topics,
    thrive,
    free,
    ...(fees !== undefined && { fees }),
    selfReferral: readSelfReferral(applicationProcess, [s.attending_access].filter(defined)),
    ...(howToGetIn !== '' && { howToGetIn }),
    ...(eligibility !== undefined && { eligibility }),
    locations: places.locations,
    nationwide: isNationwide(s.service_areas ?? []),
    languages: readLanguages(s.languages ?? [], log),
    opening,
    ...(s.assured_date !== undefined && { lastChecked: s.assured_date }),
  }
}
