import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { nextDayText } from './day-words.ts'
import type { OpeningStatus } from './opening-status.ts'

/** A status as the tests read it: the next opening's day in English words ("tomorrow", "Friday"). */
export type StatusInWords =
  | Exclude<OpeningStatus, { state: 'closed' }>
  | { state: 'closed'; opensNext?: { day: string; at: string } }

export function inEnglish(status: OpeningStatus): StatusInWords {
  if (status.state !== 'closed') return status
  if (!status.opensNext) return { state: 'closed' }
  const { at } = status.opensNext
  return { state: 'closed', opensNext: { day: nextDayText(status.opensNext, i18nFor('en')), at } }
}
