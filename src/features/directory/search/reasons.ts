import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { topicNameInSentence } from '../../../lib/topic-names.ts'
import type { Topic } from '../../../lib/topics.ts'
import type { OpeningStatus } from '../opening-hours/opening-status.ts'
import type { IndexedService } from './directory-index.ts'
import type { DirectoryQuery } from './search-model.ts'
import {
  DROP_IN,
  FACE_TO_FACE,
  GROUP,
  HOME_VISIT,
  IN_PERSON,
  isRemoteOnly,
  ONLINE,
  PHONE,
  REMOTE,
  RISK_SUPPORT,
  TEXT,
} from './ways.ts'

/** Why a result is shown: words to put into the interface language when shown. */
export interface Reason {
  /** Open now and distance repeat what a result card shows anyway, so the card can leave them out. */
  about: 'open' | 'distance' | 'fit'
  words: MessageDescriptor
  /**
   * The searched topic that `words` speaks of as `{topic}`. Searching stays free of any language,
   * so its name is only looked up when the reason is shown.
   */
  topic?: Topic
}

/** A reason in the page's language. */
export function reasonText(reason: Reason, i18n: I18n): string {
  if (reason.topic === undefined) return i18n._(reason.words)
  const topic = topicNameInSentence(reason.topic, i18n)
  const words: MessageDescriptor = { ...reason.words, values: { ...reason.words.values, topic } }
  return i18n._(words)
}

const fit = (words: MessageDescriptor): Reason => ({ about: 'fit', words })

/** Every fixed reason a result can give, made once so a repeat is spotted by identity. */
export const REASONS = {
  online: fit(msg`Online`),
  phone: fit(msg`You can talk to someone on the phone`),
  text: fit(msg`You can text them`),
  faceToFace: fit(msg`Face to face`),
  group: fit(msg`In a group`),
  dropIn: fit(msg`Drop in, no appointment needed`),
  homeVisit: fit(msg`They can visit you at home`),
  crisis: fit(msg`Can help in a crisis`),
  anonymous: fit(msg`No need to give your name`),
  selfReferral: fit(msg`You can contact them yourself`),
  free: fit(msg`Free`),
  parents: fit(msg`For parents and carers`),
} as const

const OPEN_NOW: Reason = { about: 'open', words: msg`Open now` }

export const MAX_REASONS = 4

const WAYS: readonly (readonly [number, Reason])[] = [
  [TEXT, REASONS.text],
  [PHONE, REASONS.phone],
  [ONLINE, REASONS.online],
  [FACE_TO_FACE, REASONS.faceToFace],
  [GROUP, REASONS.group],
  [DROP_IN, REASONS.dropIn],
  [HOME_VISIT, REASONS.homeVisit],
]

const TALKING = PHONE | FACE_TO_FACE
const TYPING = TEXT | ONLINE

/** "Open now, closes at 17:00", or "Open now" when it stays open all of the next day. */
export function openNowReason(status: OpeningStatus): Reason | undefined {
  if (status.state !== 'open') return undefined
  const closesAt = status.closesAt
  return closesAt ? { about: 'open', words: msg`Open now, closes at ${closesAt}` } : OPEN_NOW
}

/** "2.1 miles from BS1", "1 mile away", "12 miles from M1". */
export function milesText(miles: number, from: string | undefined): MessageDescriptor {
  if (miles < 0.05) {
    return from ? msg`Less than 0.1 miles from ${from}` : msg`Less than 0.1 miles away`
  }
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles)
  return from
    ? msg`${plural(rounded, { one: `# mile from ${from}`, other: `# miles from ${from}` })}`
    : msg`${plural(rounded, { one: '# mile away', other: '# miles away' })}`
}

function agesReason({ min, max }: { min?: number; max?: number }): Reason | undefined {
  if (min !== undefined && max !== undefined) return fit(msg`For ages ${min} to ${max}`)
  if (min !== undefined) return fit(msg`For ages ${min} and over`)
  if (max !== undefined) return fit(msg`For ages up to ${max}`)
  return undefined
}

/** What a search asked, worked out once for all its results. */
export interface ReasonContext {
  query: DirectoryQuery
  /** `modeBits` of `query.modes`. */
  wantedModes: number
  /** "About anxiety and worry" for the searched topic. */
  topicReason: Reason | undefined
}

function topicReason(topic: Topic): Reason {
  return { about: 'fit', words: msg`About ${topic}`, topic }
}

export function reasonContext(query: DirectoryQuery, wantedModes: number): ReasonContext {
  return { query, wantedModes, topicReason: query.topic ? topicReason(query.topic) : undefined }
}

function add(out: Reason[], reason: Reason | undefined): void {
  if (reason !== undefined && out.length < MAX_REASONS && !out.includes(reason)) out.push(reason)
}

/** The service's ways among `wanted`, in the order above, at most two of them. */
function addWays(out: Reason[], modes: number, wanted: number): void {
  let added = 0
  for (const [bit, words] of WAYS) {
    if (added === 2 || out.length === MAX_REASONS) return
    if (modes & wanted & bit) {
      add(out, words)
      added++
    }
  }
}

/**
 * Why a result is shown where it is, in plain words: what fits the person's own choice first,
 * then what fits their search. Never more than four, so each can be read at a glance.
 * `open` is `openNowReason` of the service's status, which many services share.
 */
export function reasonsFor(
  entry: IndexedService,
  { query, wantedModes, topicReason }: ReasonContext,
  open: Reason | undefined,
  miles: number | undefined,
): Reason[] {
  const { modes, service } = entry
  const choice = query.choice
  const out: Reason[] = []

  if (choice?.talkOrType === 'talk') addWays(out, modes, modes & TALKING ? TALKING : ONLINE)
  if (choice?.talkOrType === 'type') addWays(out, modes, TYPING)
  if (choice?.place === 'remote') addWays(out, modes, REMOTE)
  if (choice?.place === 'in-person') addWays(out, modes, IN_PERSON)
  if (choice?.when === 'now') {
    add(out, open)
    if (entry.thrive & RISK_SUPPORT) add(out, REASONS.crisis)
    if (modes & DROP_IN) add(out, REASONS.dropIn)
  }
  if (choice?.anonymous && service.selfReferral === true) {
    add(out, isRemoteOnly(modes) ? REASONS.anonymous : REASONS.selfReferral)
  }
  if (out.length === MAX_REASONS) return out

  if (query.audience === 'parents' && service.forParents) add(out, REASONS.parents)
  if (choice?.when !== 'can-wait') add(out, open)
  if (miles !== undefined && out.length < MAX_REASONS)
    add(out, { about: 'distance', words: milesText(miles, query.near) })
  if (query.topic && out.length < MAX_REASONS && service.topics.includes(query.topic)) {
    add(out, topicReason)
  }
  if (wantedModes) addWays(out, modes, wantedModes)
  if (query.free && service.free === true) add(out, REASONS.free)
  if (query.selfReferral && service.selfReferral === true) add(out, REASONS.selfReferral)
  if (query.age !== undefined && out.length < MAX_REASONS) add(out, agesReason(service.ages))
  return out
}
