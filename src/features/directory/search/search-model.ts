import type { Topic } from '../../../lib/topics.ts'
import type { OpeningStatus } from '../opening-hours/opening-status.ts'
import type { DeliveryMode, DirectoryService, ThriveGrouping } from '../service-model.ts'
import type { Reason } from './reasons.ts'

/** The ways of getting help a person can filter by (home visits are shown, not filtered). */
export type ModeFilter = Exclude<DeliveryMode, 'home-visit'>

/** Answers to "How would you like support?"; every question can be left unanswered. */
export interface SupportChoice {
  /** Talk (phone, face to face, video) or type (text, chat, email)? */
  talkOrType?: 'talk' | 'type'
  /** Online and by phone, or in person? */
  place?: 'remote' | 'in-person'
  /** Need someone now, or can it wait a few days? */
  when?: 'now' | 'can-wait'
  /** Stay anonymous (no name, no referral)? */
  anonymous?: boolean
}

/** Everything a search can say; every field is optional and lives in the page's address. */
export interface DirectoryQuery {
  /** Free words, matched against name, organisation and description. */
  text?: string
  topic?: Topic
  /** The person's age: services whose age range includes it (open ends allowed). */
  age?: number
  /** A postcode district (outcode) such as "BS1", upper case, no space. */
  near?: string
  /** Miles from `near`; services with no place (online, national) are never cut by distance. */
  within?: number
  openNow?: boolean
  free?: boolean
  selfReferral?: boolean
  thrive?: ThriveGrouping
  /** Any of these ways (a service matches if it offers at least one). */
  modes?: ModeFilter[]
  /** Came through the parents' door: services for parents and carers first. */
  audience?: 'parents'
  choice?: SupportChoice
}

export interface Place {
  latitude: number
  longitude: number
}

/** One result with why it is shown, in plain words a person reads under the service's name. */
export interface RankedService {
  service: DirectoryService
  /** Higher is better; only for ordering. */
  score: number
  /**
   * E.g. "You can text them", "Open now", "2.1 miles from BS1"; at most four, the ones that fit
   * the person's choice first.
   */
  reasons: Reason[]
  /** Straight-line miles from the searched place to the nearest location, if both are known. */
  miles?: number
  open: OpeningStatus
}
