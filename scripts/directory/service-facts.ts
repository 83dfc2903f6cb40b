import { DELIVERY_MODES, type DeliveryMode } from '../../src/features/directory/service-model.ts'
import { cleanOptional } from './clean-text.ts'
import { show } from './field-schemas.ts'
import { parseLeniently } from './lenient-parse.ts'
import { CostOptionSchema, ServiceAreaSchema } from './oruk-schemas.ts'
import type { RecordLog } from './report.ts'

/** Facts about a service read from its fields and free text, each rule written down here. */

/**
 * Words in `attending_type` / `attending_access` (3.0 free text such as "In person, group:
 * book a place"; 1.x enums phone, online, venue, home visit, drop-in) and the modes they mean.
 */
const MODE_WORDS: ReadonlyArray<[DeliveryMode, RegExp]> = [
  ['online', /\b(online|video|web ?chat|live chat|website|remote(ly)?)\b/i],
  ['phone', /\b(tele)?phone\b/i],
  ['text', /\b(text|texts|sms)\b/i],
  ['face-to-face', /\b(in[- ]person|venue|face[- ]to[- ]face)\b/i],
  ['group', /\bgroups?\b/i],
  ['drop-in', /\bdrop[- ]?in\b/i],
  ['home-visit', /\bhome[- ]visits?\b/i],
]

export interface ModeFacts {
  locationTypes: ReadonlyArray<string | undefined>
  phoneKinds: ReadonlyArray<'voice' | 'text'>
  attending: readonly string[]
}

/** Virtual location → online; physical → face-to-face; voice/text phones; then the words. */
export function deriveModes({ locationTypes, phoneKinds, attending }: ModeFacts): DeliveryMode[] {
  const modes = new Set<DeliveryMode>()
  if (locationTypes.includes('virtual')) modes.add('online')
  if (locationTypes.includes('physical')) modes.add('face-to-face')
  if (phoneKinds.includes('voice')) modes.add('phone')
  if (phoneKinds.includes('text')) modes.add('text')
  for (const text of attending) {
    for (const [mode, words] of MODE_WORDS) if (words.test(text)) modes.add(mode)
  }
  return DELIVERY_MODES.filter((mode) => modes.has(mode))
}

/** Ages of the person the service is for. Out-of-range ends are left open; reversed, swapped. */
export function readAges(
  minimum: number | undefined,
  maximum: number | undefined,
  log: RecordLog,
): { min?: number; max?: number } {
  const check = (field: string, age: number | undefined) => {
    if (age === undefined) return undefined
    if (age >= 0 && age <= 120) return age
    log.repairs.push(`${field} ${show(age)} is not a person's age — left open`)
    return undefined
  }
  let min = check('minimum_age', minimum)
  let max = check('maximum_age', maximum)
  if (min !== undefined && max !== undefined && min > max) {
    log.repairs.push(`age range reversed (${min} to ${max}) — swapped`)
    ;[min, max] = [max, min]
  }
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) }
}

/** For parents and carers: the parenting topic, or eligibility that starts with them. */
export function isForParents(hasParentingTopic: boolean, eligibility: string | undefined): boolean {
  return hasParentingTopic || /^(for )?(parents|carers)\b/i.test(eligibility ?? '')
}

const FREE_WORDS =
  /^(free\b|no (charge|cost|fee)s?\b|there is no (charge|cost|fee)|(this|the) service is free)/i
const PRICE = /£\s?\d|\b\d+(\.\d\d)?\s?(p|pence|pounds?)\b/i

/**
 * Free when the fees text says so first ("Free. Some trips cost up to £5" is a free club with
 * optional extras); not free when a cost option has an amount or the text names a price; free
 * when every cost option is 0; otherwise unknown, never guessed.
 */
export function readFees(
  feesText: string | undefined,
  costOptions: readonly unknown[],
): { free: boolean | undefined; fees?: string } {
  const options = costOptions.flatMap((item) => {
    const parsed = parseLeniently(CostOptionSchema, item)
    return parsed.ok ? [parsed.value] : []
  })
  const amounts = options.map((o) => o.amount).filter((a): a is number => a !== undefined)
  const text = cleanOptional(feesText)
  let free: boolean | undefined
  if (text !== undefined && FREE_WORDS.test(text)) free = true
  else if (amounts.some((a) => a > 0) || (text !== undefined && PRICE.test(text))) free = false
  else if (amounts.length > 0) free = true
  // With no fees text, the cost options say it: "£35 per session; Free Under 18s".
  const fees =
    text ??
    (amounts.length === 0
      ? undefined
      : options
          .filter((o) => o.amount !== undefined)
          .map((o) => [o.amount === 0 ? 'Free' : `£${o.amount}`, cleanOptional(o.option)])
          .map((words) => words.filter(Boolean).join(' '))
          .join('; '))
  return { free, ...(fees !== undefined && { fees }) }
}

/**
 * Self-referral from `application_process`, which ORUK UK data starts with "Self-referral…" or
 * "Referral needed…", or that says "you do not need a referral"; else from 1.x
 * `attending_access` (referral → no; drop-in, appointment, membership → yes). Else unknown.
 */
export function readSelfReferral(
  applicationProcess: string | undefined,
  attendingAccess: readonly string[],
): boolean | undefined {
  const text = applicationProcess ?? ''
  if (/^(a )?referral (is )?(needed|required|only)\b|^by referral\b/i.test(text)) return false
  if (/^self[- ]?referr?al\b/i.test(text)) return true
  if (/\b(do not|don't) need (a|to get a) referral\b|\bno referral (is )?needed\b/i.test(text)) {
    return true
  }
  const access = attendingAccess.map((a) => a.trim().toLowerCase())
  if (access.includes('referral')) return false
  if (access.some((a) => ['drop-in', 'appointment', 'membership'].includes(a))) return true
  return undefined
}

const NATIONS =
  /^(the )?(england|wales|england and wales|united kingdom|uk|great britain|gb|nationwide|national)$/i
// ONS GSS codes: England, Wales, United Kingdom, Great Britain, England and Wales.
const NATION_CODES = /\b(E92000001|W92000004|K02000001|K03000001|K04000001)\b/

/** Nationwide when a service area is England, Wales, Great Britain or the UK. */
export function isNationwide(serviceAreas: readonly unknown[]): boolean {
  return serviceAreas.some((item) => {
    const parsed = parseLeniently(ServiceAreaSchema, item)
    if (!parsed.ok) return false
    const { name, service_area, uri } = parsed.value
    const names = [name, service_area].map((t) => cleanOptional(t) ?? '')
    return names.some((n) => NATIONS.test(n)) || NATION_CODES.test(uri ?? '')
  })
}
