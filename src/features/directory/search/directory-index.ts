import { TOPIC_IDS, TOPICS, type Topic } from '../../../lib/topics.ts'
import type { Nation, OpeningStatus } from '../opening-hours/opening-status.ts'
import {
  prepareOpening,
  preparedOpeningStatus,
  type PreparedOpening,
} from '../opening-hours/prepared-status.ts'
import { DELIVERY_MODES, THRIVE_GROUPINGS, type DirectoryService } from '../service-model.ts'
import { nationOfService, type CountryOfOutcode } from './service-nation.ts'
import { sortSpace, type SortSpace } from './score-order.ts'
import { buildTextIndex, type TextIndex } from './text-match.ts'

/**
 * The directory made ready for searching: everything a search would otherwise work out again
 * for each service on each keystroke (words, bit sets, places in radians, parsed opening rules)
 * is worked out once here.
 */

/** A bit for each value of a small vocabulary, so "any of" and "has" are one AND. */
export function bitsOf<T>(vocabulary: readonly T[], values: readonly T[]): number {
  let bits = 0
  for (const value of values) {
    const at = vocabulary.indexOf(value)
    if (at >= 0) bits |= 1 << at
  }
  return bits
}

export const modeBits = (modes: DirectoryService['modes']) => bitsOf(DELIVERY_MODES, modes)
export const topicBits = (topics: DirectoryService['topics']) => bitsOf(TOPIC_IDS, topics)
export const thriveBits = (thrive: DirectoryService['thrive']) => bitsOf(THRIVE_GROUPINGS, thrive)

export interface IndexedService {
  readonly service: DirectoryService
  readonly modes: number
  readonly topics: number
  readonly thrive: number
  /** Open ends are -Infinity and Infinity. */
  readonly minAge: number
  readonly maxAge: number
  /** Each place as latitude and longitude in radians and the cosine of the latitude. */
  readonly places: Float64Array
  /** Which of the index's distinct opening timetables this service keeps. */
  readonly opening: number
}

interface OpeningGroup {
  readonly prepared: PreparedOpening
  readonly nation: Nation
}

/** Statuses for one minute: the answer cannot change within it, so each timetable is asked once. */
interface StatusMemo {
  minute: number
  statuses: (OpeningStatus | undefined)[]
}

/** Room for one search's numbers, reused by the next: a search allocates only its results. */
export interface SearchSpace {
  words: Uint8Array
  scores: Uint32Array
  matches: Uint32Array
  miles: Float64Array
  sort: SortSpace
}

export interface DirectoryIndex {
  /** As given. */
  readonly services: readonly DirectoryService[]
  /** A to Z by name, then id: the order that breaks every tie. The text index uses it too. */
  readonly entries: readonly IndexedService[]
  readonly text: TextIndex
  readonly openings: readonly OpeningGroup[]
  readonly memo: StatusMemo
  readonly space: SearchSpace
}

const RADIANS = Math.PI / 180
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })

/** Each topic's name in the page's language, when that is not English. */
export type TopicNames = Partial<Record<Topic, string>>

function searchableText(service: DirectoryService, topicNames: TopicNames): string {
  const topics = service.topics
    .map((topic) => [TOPICS[topic], topicNames[topic]].filter(Boolean).join('\n'))
    .join('\n')
  return `${service.name}\n${service.organisation}\n${service.description}\n${topics}`
}

function placesOf(service: DirectoryService): Float64Array {
  const places = new Float64Array(service.locations.length * 3)
  service.locations.forEach((location, at) => {
    places[at * 3] = location.latitude * RADIANS
    places[at * 3 + 1] = location.longitude * RADIANS
    places[at * 3 + 2] = Math.cos(location.latitude * RADIANS)
  })
  return places
}

/** Services with the same hours in the same nation share one timetable (and one status). */
function openingKey(service: DirectoryService, nation: Nation): string {
  if (service.opening.length === 0) return ''
  const rules = service.opening.map(({ description: _words, ...times }) => times)
  return `${nation} ${JSON.stringify(rules)}`
}

/**
 * `countryOfOutcode` (from the postcode districts table, when loaded) tells Scottish services
 * from English ones for bank holidays; without it, postcode areas wholly in Scotland are used.
 * `topicNames` makes a service findable by its topics' names in the page's language too: the
 * services' own words are often English only, and "gorbryder" should find anxiety services.
 */
export function buildDirectoryIndex(
  services: readonly DirectoryService[],
  countryOfOutcode?: CountryOfOutcode,
  topicNames: TopicNames = {},
): DirectoryIndex {
  // Entries are kept A to Z, so an entry's position is also its place in the final tie-break.
  const alphabetical = [...services].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const openings: OpeningGroup[] = []
  const openingOf = new Map<string, number>()
  const entries = alphabetical.map((service): IndexedService => {
    const nation = nationOfService(service, countryOfOutcode)
    const key = openingKey(service, nation)
    let opening = openingOf.get(key)
    if (opening === undefined) {
      opening = openings.push({ prepared: prepareOpening(service.opening), nation }) - 1
      openingOf.set(key, opening)
    }
    return {
      service,
      modes: modeBits(service.modes),
      topics: topicBits(service.topics),
      thrive: thriveBits(service.thrive),
      minAge: service.ages.min ?? -Infinity,
      maxAge: service.ages.max ?? Infinity,
      places: placesOf(service),
      opening,
    }
  })
  return {
    services,
    entries,
    text: buildTextIndex(alphabetical.map((service) => searchableText(service, topicNames))),
    openings,
    memo: { minute: Number.NaN, statuses: [] },
    space: {
      words: new Uint8Array(entries.length),
      scores: new Uint32Array(entries.length),
      matches: new Uint32Array(entries.length),
      miles: new Float64Array(entries.length),
      sort: sortSpace(entries.length),
    },
  }
}

/** Whether the service is open at `now`, worked out at most once per timetable per minute. */
export function statusOf(index: DirectoryIndex, entry: IndexedService, now: Date): OpeningStatus {
  const minute = Math.floor(now.getTime() / 60_000)
  const memo = index.memo
  if (memo.minute !== minute) {
    memo.minute = minute
    memo.statuses = new Array<OpeningStatus | undefined>(index.openings.length)
  }
  let status = memo.statuses[entry.opening]
  if (status === undefined) {
    const group = index.openings[entry.opening] as OpeningGroup
    // Shared by every service with this timetable, so nobody may change it.
    status = Object.freeze(preparedOpeningStatus(group.prepared, now, { nation: group.nation }))
    memo.statuses[entry.opening] = status
  }
  return status
}
