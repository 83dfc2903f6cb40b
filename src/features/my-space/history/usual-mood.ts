import { dayAverage, type DayMoods } from './day-moods.ts'
import { addDays, type DayKey } from './local-day.ts'

/** The last 7 days (today included) are compared with the 8 weeks before them. */
const RECENT_DAYS = 7
const USUAL_DAYS = 56
/** Enough to say anything: a few recent days, and a usual that is more than a couple of days. */
const MIN_RECENT_DAYS = 3
const MIN_USUAL_DAYS = 10
/** The usual must reach back at least 4 weeks before the recent days. */
const MIN_USUAL_REACH = 28
/** Lower by most of a step on the five-step scale, so an ordinary wobble says nothing. */
const LOWER_BY = 0.75

export interface UsualComparison {
  /** Average of the recent days' own averages, 1 to 5. */
  recent: number
  /** Average of the days' averages in the weeks before, 1 to 5. */
  usual: number
}

function averageOver(days: DayMoods, first: DayKey, length: number) {
  let sum = 0
  let count = 0
  let earliest: DayKey | undefined
  let day = first
  for (let offset = 0; offset < length; offset++) {
    const mood = days.get(day)
    if (mood) {
      sum += dayAverage(mood)
      count += 1
      earliest ??= day
    }
    day = addDays(day, 1)
  }
  return { average: count === 0 ? NaN : sum / count, count, earliest }
}

/**
 * "Lower than your usual": the recent days compared with the person's own weeks before, never
 * with anyone else. Undefined unless there is enough to compare and the recent days really are
 * lower, so the page says nothing at all the rest of the time.
 */
export function lowerThanUsual(days: DayMoods, today: DayKey): UsualComparison | undefined {
  const recentStart = addDays(today, -(RECENT_DAYS - 1))
  const usualStart = addDays(recentStart, -USUAL_DAYS)
  const recent = averageOver(days, recentStart, RECENT_DAYS)
  const usual = averageOver(days, usualStart, USUAL_DAYS)
  if (recent.count < MIN_RECENT_DAYS || usual.count < MIN_USUAL_DAYS) return undefined
  if (!usual.earliest || usual.earliest > addDays(recentStart, -MIN_USUAL_REACH)) return undefined
  if (usual.average - recent.average < LOWER_BY) return undefined
  return { recent: recent.average, usual: usual.average }
}
