import { isTopic } from '../../../lib/topics.ts'
import { normaliseOutcode } from '../places/postcode.ts'
import { DELIVERY_MODES, THRIVE_GROUPINGS, type ThriveGrouping } from '../service-model.ts'
import type { DirectoryQuery, ModeFilter, SupportChoice } from './search-model.ts'

/**
 * A search in the page's address, so it can be shared as a link or printed as a QR code:
 * `?q=worry&topic=anxiety&age=14&near=BS1&within=5&open=1&how=text,phone&talk=type`. Short,
 * readable keys; anything not understood is left out rather than guessed at, since links get
 * typed, trimmed and mangled.
 */

export const MODE_FILTERS: readonly ModeFilter[] = DELIVERY_MODES.filter(
  (mode): mode is ModeFilter => mode !== 'home-visit',
)

/** Longer text is not a search a person typed, and would make a link unwieldy. */
export const MAX_TEXT_LENGTH = 100
export const MAX_AGE = 120
/** Further than the length of Great Britain is no limit at all. */
export const MAX_WITHIN_MILES = 1000

const slug = (label: string) => label.toLowerCase().replace(/\s+/g, '-')
const THRIVE_BY_SLUG = new Map<string, ThriveGrouping>(
  THRIVE_GROUPINGS.map((label) => [slug(label), label]),
)

function readText(value: string | null): string | undefined {
  const text = value?.trim().replace(/\s+/g, ' ').slice(0, MAX_TEXT_LENGTH).trim()
  return text ? text : undefined
}

function readAge(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,3}\s*$/.test(value)) return undefined
  const age = Number(value)
  return age <= MAX_AGE ? age : undefined
}

function readMiles(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined
  const miles = Number(value)
  return miles > 0 && miles <= MAX_WITHIN_MILES ? miles : undefined
}

function readModes(value: string | null): ModeFilter[] | undefined {
  if (value === null) return undefined
  const asked = new Set(value.split(',').map((part) => part.trim().toLowerCase()))
  const modes = MODE_FILTERS.filter((mode) => asked.has(mode))
  return modes.length > 0 ? modes : undefined
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value)
}

function readChoice(params: URLSearchParams): SupportChoice | undefined {
  const choice: SupportChoice = {}
  const talkOrType = oneOf(params.get('talk'), ['talk', 'type'] as const)
  const place = oneOf(params.get('place'), ['remote', 'in-person'] as const)
  const when = oneOf(params.get('when'), ['now', 'can-wait'] as const)
  if (talkOrType) choice.talkOrType = talkOrType
  if (place) choice.place = place
  if (when) choice.when = when
  if (params.get('anon') === '1') choice.anonymous = true
  return Object.keys(choice).length > 0 ? choice : undefined
}

export function queryFromParams(params: URLSearchParams): DirectoryQuery {
  const query: DirectoryQuery = {}
  const text = readText(params.get('q'))
  const topic = params.get('topic')
  const age = readAge(params.get('age'))
  const near = normaliseOutcode(params.get('near') ?? '')
  const within = readMiles(params.get('within'))
  const thrive = THRIVE_BY_SLUG.get(slug(params.get('thrive') ?? ''))
  const modes = readModes(params.get('how'))
  const choice = readChoice(params)
  if (text) query.text = text
  if (topic !== null && isTopic(topic)) query.topic = topic
  if (age !== undefined) query.age = age
  if (near) query.near = near
  if (within !== undefined) query.within = within
  if (params.get('open') === '1') query.openNow = true
  if (params.get('free') === '1') query.free = true
  if (params.get('self') === '1') query.selfReferral = true
  if (thrive) query.thrive = thrive
  if (modes) query.modes = modes
  if (params.get('for') === 'parents') query.audience = 'parents'
  if (choice) query.choice = choice
  return query
}

/** Only what is set, always in the same order, so one search is always the same link. */
export function paramsFromQuery(query: DirectoryQuery): URLSearchParams {
  const params = new URLSearchParams()
  const set = (key: string, value: string | number | undefined | false) => {
    if (value !== undefined && value !== false && value !== '') params.set(key, String(value))
  }
  set('q', readText(query.text ?? null))
  set('topic', query.topic)
  set('age', query.age)
  set('near', query.near && normaliseOutcode(query.near))
  set('within', query.within)
  set('open', query.openNow && '1')
  set('free', query.free && '1')
  set('self', query.selfReferral && '1')
  set('thrive', query.thrive && slug(query.thrive))
  set('how', query.modes && MODE_FILTERS.filter((mode) => query.modes?.includes(mode)).join(','))
  set('for', query.audience)
  set('talk', query.choice?.talkOrType)
  set('place', query.choice?.place)
  set('when', query.choice?.when)
  set('anon', query.choice?.anonymous && '1')
  return params
}
