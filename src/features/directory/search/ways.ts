import { modeBits, thriveBits } from './directory-index.ts'

/** Ways of getting help as bit sets over a service's modes (see `modeBits`). */
export const ONLINE = modeBits(['online'])
export const PHONE = modeBits(['phone'])
export const TEXT = modeBits(['text'])
export const FACE_TO_FACE = modeBits(['face-to-face'])
export const GROUP = modeBits(['group'])
export const DROP_IN = modeBits(['drop-in'])
export const HOME_VISIT = modeBits(['home-visit'])

/** Help without going anywhere. */
export const REMOTE = ONLINE | PHONE | TEXT
/** Help where you are with someone in the same room. */
export const IN_PERSON = FACE_TO_FACE | GROUP | DROP_IN | HOME_VISIT
/** Ways that are certainly spoken; online may be video or chat, so it counts half for both. */
export const SPOKEN = PHONE | IN_PERSON

// eslint-disable-next-line lingui/no-unlocalized-strings -- THRIVE's label as the data's id
export const RISK_SUPPORT = thriveBits(['Getting Risk Support'])

/**
 * In person if the service meets people at all: many in-person services list a phone number for
 * booking, which does not make them a phone service.
 */
export function isInPerson(modes: number): boolean {
  return (modes & IN_PERSON) !== 0
}

export function isRemoteOnly(modes: number): boolean {
  return (modes & REMOTE) !== 0 && (modes & IN_PERSON) === 0
}
