import type { OpeningStatus } from '../opening-hours/opening-status.ts'

export type OpenTone = 'open' | 'closed' | 'unknown'

export interface OpenStateText {
  tone: OpenTone
  text: string
}

/** Said when we cannot tell: showing a closed service as open is a safety hazard, so we ask. */
export const HOURS_NOT_LISTED = 'Hours not listed — check before you go'

/** Whether a service is open, in words a person can act on. Never colour alone. */
export function openStateText(status: OpeningStatus): OpenStateText {
  switch (status.state) {
    case 'open':
      return {
        tone: 'open',
        text: status.closesAt ? `Open now, closes ${status.closesAt}` : 'Open now',
      }
    case 'closed':
      return {
        tone: 'closed',
        text: status.opensNext
          ? `Closed, opens ${status.opensNext.day} ${status.opensNext.at}`
          : 'Closed — check with them when it opens again',
      }
    case 'unknown':
      return { tone: 'unknown', text: unknownText(status.reason) }
  }
}

function unknownText(reason: 'no-hours' | 'bank-holiday' | 'outside-dates'): string {
  switch (reason) {
    case 'no-hours':
      return HOURS_NOT_LISTED
    case 'bank-holiday':
      return 'Bank holiday, so hours may be different — check before you go'
    case 'outside-dates':
      return 'May not be running at the moment — check before you go'
  }
}
