import { TOPICS } from '../../../lib/topics.ts'
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

/** Every reason a result can give, in one place for when the words are translated. */
export const REASON_TEXT = {
  online: 'Online',
  phone: 'You can talk to someone on the phone',
  text: 'You can text them',
  faceToFace: 'Face to face',
  group: 'In a group',
  dropIn: 'Drop in, no appointment needed',
  homeVisit: 'They can visit you at home',
  openNow: 'Open now',
  crisis: 'Can help in a crisis',
  anonymous: 'No need to give your name',
  selfReferral: 'You can contact them yourself',
  free: 'Free',
  parents: 'For parents and carers',
} as const

export const MAX_REASONS = 4

const WAYS: readonly (readonly [number, string])[] = [
  [TEXT, REASON_TEXT.text],
  [PHONE, REASON_TEXT.phone],
  [ONLINE, REASON_TEXT.online],
  [FACE_TO_FACE, REASON_TEXT.faceToFace],
  [GROUP, REASON_TEXT.group],
  [DROP_IN, REASON_TEXT.dropIn],
  [HOME_VISIT, REASON_TEXT.homeVisit],
]

const TALKING = PHONE | FACE_TO_FACE
const TYPING = TEXT | ONLINE

/** "Open now, closes at 17:00", or "Open now" when it stays open all of the next day. */
export function openNowText(status: OpeningStatus): string | undefined {
  if (status.state !== 'open') return undefined
  return status.closesAt ? `Open now, closes at ${status.closesAt}` : REASON_TEXT.openNow
}

/** "2.1 miles from BS1", "1 mile away", "12 miles from M1". */
export function milesText(miles: number, from: string | undefined): string {
  const where = from ? `from ${from}` : 'away'
  if (miles < 0.05) return `Less than 0.1 miles ${where}`
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles)
  return `${rounded} ${rounded === 1 ? 'mile' : 'miles'} ${where}`
}

function agesText({ min, max }: { min?: number; max?: number }): string | undefined {
  if (min !== undefined && max !== undefined) return `For ages ${min} to ${max}`
  if (min !== undefined) return `For ages ${min} and over`
  if (max !== undefined) return `For ages up to ${max}`
  return undefined
}

/** What a search asked, worked out once for all its results. */
export interface ReasonContext {
  query: DirectoryQuery
  /** `modeBits` of `query.modes`. */
  wantedModes: number
  /** "About Anxiety and worry" for the searched topic. */
  topicText: string | undefined
}

export function reasonContext(query: DirectoryQuery, wantedModes: number): ReasonContext {
  return { query, wantedModes, topicText: query.topic && `About ${TOPICS[query.topic]}` }
}

function add(out: string[], text: string | undefined): void {
  if (text !== undefined && out.length < MAX_REASONS && !out.includes(text)) out.push(text)
}

/** The service's ways among `wanted`, in the order above, at most two of them. */
function addWays(out: string[], modes: number, wanted: number): void {
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
 * `openText` is `openNowText` of the service's status, which many services share.
 */
export function reasonsFor(
  entry: IndexedService,
  { query, wantedModes, topicText }: ReasonContext,
  openText: string | undefined,
  miles: number | undefined,
): string[] {
  const { modes, service } = entry
  const choice = query.choice
  const out: string[] = []

  if (choice?.talkOrType === 'talk') addWays(out, modes, modes & TALKING ? TALKING : ONLINE)
  if (choice?.talkOrType === 'type') addWays(out, modes, TYPING)
  if (choice?.place === 'remote') addWays(out, modes, REMOTE)
  if (choice?.place === 'in-person') addWays(out, modes, IN_PERSON)
  if (choice?.when === 'now') {
    add(out, openText)
    if (entry.thrive & RISK_SUPPORT) add(out, REASON_TEXT.crisis)
    if (modes & DROP_IN) add(out, REASON_TEXT.dropIn)
  }
  if (choice?.anonymous && service.selfReferral === true) {
    add(out, isRemoteOnly(modes) ? REASON_TEXT.anonymous : REASON_TEXT.selfReferral)
  }
  if (out.length === MAX_REASONS) return out

  if (query.audience === 'parents' && service.forParents) add(out, REASON_TEXT.parents)
  if (choice?.when !== 'can-wait') add(out, openText)
  if (miles !== undefined && out.length < MAX_REASONS) add(out, milesText(miles, query.near))
  if (query.topic && out.length < MAX_REASONS && service.topics.includes(query.topic)) {
    add(out, topicText)
  }
  if (wantedModes) addWays(out, modes, wantedModes)
  if (query.free && service.free === true) add(out, REASON_TEXT.free)
  if (query.selfReferral && service.selfReferral === true) add(out, REASON_TEXT.selfReferral)
  if (query.age !== undefined && out.length < MAX_REASONS) add(out, agesText(service.ages))
  return out
}
