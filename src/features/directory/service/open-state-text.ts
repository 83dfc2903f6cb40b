import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { nextDayText } from '../opening-hours/day-words.ts'
import type { OpeningStatus } from '../opening-hours/opening-status.ts'

export type OpenTone = 'open' | 'closed' | 'unknown'

export interface OpenStateText {
  tone: OpenTone
  text: string
}

/** Said when we cannot tell: showing a closed service as open is a safety hazard, so we ask. */
export const HOURS_NOT_LISTED = msg`Hours not listed — check before you go`

/** Whether a service is open, in words a person can act on. Never colour alone. */
export function openStateText(status: OpeningStatus, i18n: I18n): OpenStateText {
  switch (status.state) {
    case 'open': {
      const closesAt = status.closesAt
      return {
        tone: 'open',
        text: closesAt ? i18n._(msg`Open now, closes ${closesAt}`) : i18n._(msg`Open now`),
      }
    }
    case 'closed': {
      const next = status.opensNext
      if (!next) {
        return { tone: 'closed', text: i18n._(msg`Closed — check with them when it opens again`) }
      }
      const day = nextDayText(next, i18n)
      const at = next.at
      return { tone: 'closed', text: i18n._(msg`Closed, opens ${day} ${at}`) }
    }
    case 'unknown':
      return { tone: 'unknown', text: unknownText(status.reason, i18n) }
  }
}

function unknownText(reason: 'no-hours' | 'bank-holiday' | 'outside-dates', i18n: I18n): string {
  switch (reason) {
    case 'no-hours':
      return i18n._(HOURS_NOT_LISTED)
    case 'bank-holiday':
      return i18n._(msg`Bank holiday, so hours may be different — check before you go`)
    case 'outside-dates':
      return i18n._(msg`May not be running at the moment — check before you go`)
  }
}
