import type { CheckInRow, Mood } from '../../../db/rows.ts'
import { dayKeyOfInstant, type DayKey } from './local-day.ts'

/** What one local day's check-ins add up to. */
export interface DayMood {
  /** The mood of the day's latest check-in: what the calendar shows. */
  latest: Mood
  latestAt: string
  /** Sum and count, for the day's average: what the trend line uses. */
  total: number
  count: number
}

export type DayMoods = ReadonlyMap<DayKey, DayMood>

/**
 * Every day's moods in one pass over the check-ins, in any order. Everything the history shows
 * (calendar, trend, "lower than your usual") is read from this map rather than the rows again.
 */
export function summariseDays(checkIns: readonly Pick<CheckInRow, 'at' | 'mood'>[]): DayMoods {
  const days = new Map<DayKey, DayMood>()
  for (const { at, mood } of checkIns) {
    const key = dayKeyOfInstant(at)
    const day = days.get(key)
    if (!day) {
      days.set(key, { latest: mood, latestAt: at, total: mood, count: 1 })
      continue
    }
    day.total += mood
    day.count += 1
    // Instants of the same day compare in time order only as dates (their ISO text may differ
    // in form when imported), so compare the times themselves.
    if (Date.parse(at) >= Date.parse(day.latestAt)) {
      day.latest = mood
      day.latestAt = at
    }
  }
  return days
}

export function dayAverage(day: DayMood): number {
  return day.total / day.count
}
