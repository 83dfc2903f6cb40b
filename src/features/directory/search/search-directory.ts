import {
  modeBits,
  statusOf,
  thriveBits,
  topicBits,
  type DirectoryIndex,
  type IndexedService,
} from './directory-index.ts'
import { nearestMiles, originOf, type Origin } from './nearest-miles.ts'
import { pairRemoteAndInPerson } from './pair-results.ts'
import { SCORE_LEVELS, scoreOf, type RankContext } from './rank.ts'
import { openNowReason, reasonContext, reasonsFor, type Reason } from './reasons.ts'
import type { DirectoryQuery, Place, RankedService } from './search-model.ts'
import { byScore } from './score-order.ts'
import { matchText } from './text-match.ts'

export { pairRemoteAndInPerson } from './pair-results.ts'

/** The filters of a query, worked out once before the services are checked. */
interface Wanted {
  words: Uint8Array | undefined
  topic: number
  thrive: number
  modes: number
  from: Origin | undefined
  /** Miles; Infinity for no limit. */
  limit: number
}

/** Miles from `wanted.from` (NaN with no places, so no distance); Infinity = filtered out. */
function passes(entry: IndexedService, position: number, query: DirectoryQuery, wanted: Wanted) {
  if (wanted.words && wanted.words[position] === 0) return Infinity
  if (wanted.topic && (entry.topics & wanted.topic) === 0) return Infinity
  if (wanted.thrive && (entry.thrive & wanted.thrive) === 0) return Infinity
  if (wanted.modes && (entry.modes & wanted.modes) === 0) return Infinity
  const age = query.age
  if (age !== undefined && (age < entry.minAge || age > entry.maxAge)) return Infinity
  if (query.free && entry.service.free !== true) return Infinity
  if (query.selfReferral && entry.service.selfReferral !== true) return Infinity
  // No places (online, phone, national): distance says nothing, so it never removes them.
  if (!wanted.from || entry.places.length === 0) return Number.NaN
  const miles = nearestMiles(entry.places, wanted.from, wanted.limit)
  return miles === Infinity && wanted.limit === Infinity ? Number.NaN : miles
}

/**
 * The services that fit a search, best first, each with why. `origin` is where `query.near` is
 * (from the postcode districts table); without it, distance neither filters nor ranks. Pure as
 * far as a caller can tell: the index only remembers the current minute's opening statuses and
 * keeps working space for the next search.
 */
export function searchDirectory(
  index: DirectoryIndex,
  query: DirectoryQuery,
  now: Date,
  origin?: Place,
): RankedService[] {
  const from = origin && originOf(origin)
  const wanted: Wanted = {
    words: query.text ? matchText(index.text, query.text, index.space.words) : undefined,
    topic: query.topic ? topicBits([query.topic]) : 0,
    thrive: query.thrive ? thriveBits([query.thrive]) : 0,
    modes: query.modes ? modeBits(query.modes) : 0,
    from,
    limit: from && query.within !== undefined ? query.within : Infinity,
  }
  const context: RankContext = {
    choice: query.choice,
    parents: query.audience === 'parents',
    placed: from !== undefined,
  }
  const { entries } = index

  // First only numbers, for every service; objects are made only for the matches, in order.
  // The numbers live in space the index keeps, as a search runs on every keystroke.
  const { scores, matches, miles: milesAt } = index.space
  let count = 0
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position] as IndexedService
    const miles = passes(entry, position, query, wanted)
    if (miles === Infinity) continue
    const open = statusOf(index, entry, now)
    if (query.openNow && open.state !== 'open') continue
    if (from) milesAt[position] = miles
    scores[count] = scoreOf(entry, context, open, Number.isNaN(miles) ? undefined : miles)
    matches[count++] = position
  }
  const sorted = byScore(scores, matches, count, SCORE_LEVELS, index.space.sort)

  const reasons = reasonContext(query, wanted.modes)
  // "Open now, closes at 17:00" is the same reason for every service with that timetable.
  const openReasons = new Array<Reason | null | undefined>(index.openings.length)
  const ranked = new Array<RankedService>(count)
  for (let at = 0; at < count; at++) {
    const position = sorted.positions[at] as number
    const entry = entries[position] as IndexedService
    const open = statusOf(index, entry, now)
    let openReason = openReasons[entry.opening]
    if (openReason === undefined) {
      openReason = openReasons[entry.opening] = openNowReason(open) ?? null
    }
    const miles = from && !Number.isNaN(milesAt[position]) ? milesAt[position] : undefined
    ranked[at] = {
      service: entry.service,
      score: sorted.scores[at] as number,
      reasons: reasonsFor(entry, reasons, openReason ?? undefined, miles),
      miles,
      open,
    }
  }

  if (query.choice?.place) return ranked
  if (!context.parents) return pairRemoteAndInPerson(ranked)
  // Through the parents' door, pairing must not lift a service for young people above ones
  // for parents: pair within the parents' services when there are any.
  const parentsEnd = ranked.findIndex((result) => !result.service.forParents)
  if (parentsEnd <= 0) return pairRemoteAndInPerson(ranked)
  return [...pairRemoteAndInPerson(ranked.slice(0, parentsEnd)), ...ranked.slice(parentsEnd)]
}
