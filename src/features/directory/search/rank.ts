import type { OpeningStatus } from '../opening-hours/opening-status.ts'
import type { IndexedService } from './directory-index.ts'
import type { SupportChoice } from './search-model.ts'
import {
  DROP_IN,
  IN_PERSON,
  isRemoteOnly,
  ONLINE,
  REMOTE,
  RISK_SUPPORT,
  SPOKEN,
  TEXT,
} from './ways.ts'

/** Within this many miles a place counts as near; further, a national line may serve better. */
export const NEAR_MILES = 25

/**
 * How well a service fits each answer to "How would you like support?", in quarters: 4 is a
 * full fit for one answer. Summed over the answers given, so the more of someone's wishes a
 * service meets, the higher it goes.
 */
export function choiceFit(
  entry: IndexedService,
  choice: SupportChoice,
  status: OpeningStatus,
): number {
  const { modes } = entry
  let fit = 0
  if (choice.talkOrType === 'talk') fit += modes & SPOKEN ? 4 : modes & ONLINE ? 2 : 0
  if (choice.talkOrType === 'type') fit += modes & TEXT ? 4 : modes & ONLINE ? 2 : 0
  if (choice.place === 'remote') fit += isRemoteOnly(modes) ? 4 : modes & REMOTE ? 2 : 0
  if (choice.place === 'in-person') fit += modes & IN_PERSON ? 4 : 0
  if (choice.when === 'now') {
    const crisis = (entry.thrive & RISK_SUPPORT) !== 0
    if (status.state === 'open') fit += crisis ? 4 : 3
    else if (crisis || modes & DROP_IN) fit += 1
  }
  if (choice.anonymous && entry.service.selfReferral === true) {
    // A helpline you ring, text or chat to without a referral never needs your name; a place
    // you walk into without one may still ask for it.
    fit += isRemoteOnly(modes) ? 4 : 2
  }
  return fit
}

/** Open first, then unknown (it might be), then closed; "can wait" ignores the clock. */
export function opennessOf(status: OpeningStatus, choice: SupportChoice | undefined): number {
  if (choice?.when === 'can-wait') return 0
  return status.state === 'open' ? 2 : status.state === 'unknown' ? 1 : 0
}

/**
 * With a place: near services with an address, nearest first; then local services with no
 * address (an area's online line); then national ones; then far places.
 */
export function proximityOf(entry: IndexedService, miles: number | undefined): number {
  if (miles !== undefined) return miles <= NEAR_MILES ? 3 : 0
  return entry.service.nationwide ? 1 : 2
}

export interface RankContext {
  choice: SupportChoice | undefined
  parents: boolean
  /** A place was searched from. */
  placed: boolean
}

// Each tier's values, so a tier can be stacked above the ones below it without overlap.
const CHOICE_LEVELS = 17 // choiceFit: 0 to 16
const OPENNESS_LEVELS = 3
const PROXIMITY_LEVELS = 4
/** Hundredths of a mile within NEAR_MILES. */
const CLOSENESS_LEVELS = NEAR_MILES * 100 + 1

/** The largest score, plus one: an upper bound for packing a tie-break below the score. */
export const SCORE_LEVELS =
  2 * CHOICE_LEVELS * OPENNESS_LEVELS * PROXIMITY_LEVELS * CLOSENESS_LEVELS

/**
 * One whole number that orders results, tier by tier: parents' services (through the parents'
 * door), then the person's own choice, open now, and nearness. A lower tier only ever breaks
 * ties in the one above: each is a digit of a number whose digits have different bases.
 */
export function scoreOf(
  entry: IndexedService,
  context: RankContext,
  status: OpeningStatus,
  miles: number | undefined,
): number {
  const parents = context.parents && entry.service.forParents ? 1 : 0
  const fit = context.choice ? choiceFit(entry, context.choice, status) : 0
  const openness = opennessOf(status, context.choice)
  const proximity = context.placed ? proximityOf(entry, miles) : 0
  const closeness =
    proximity === 3 && miles !== undefined ? Math.round((NEAR_MILES - miles) * 100) : 0
  let score = parents
  score = score * CHOICE_LEVELS + fit
  score = score * OPENNESS_LEVELS + openness
  score = score * PROXIMITY_LEVELS + proximity
  return score * CLOSENESS_LEVELS + closeness
}
