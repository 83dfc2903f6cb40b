import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { dayAverage, type DayMoods } from './day-moods.ts'
import { addDays, weekStart, type DayKey } from './local-day.ts'

export type TrendRange = '4w' | '3m' | '12m'

export const trendRanges: readonly {
  value: TrendRange
  label: MessageDescriptor
  /** The range inside a sentence: "No check-ins in the last 4 weeks." */
  span: MessageDescriptor
}[] = [
  { value: '4w', label: msg`4 weeks`, span: msg`the last 4 weeks` },
  { value: '3m', label: msg`3 months`, span: msg`the last 3 months` },
  { value: '12m', label: msg`12 months`, span: msg`the last 12 months` },
]

/** The range inside a sentence, in the interface language. */
export function trendSpan(range: TrendRange, i18n: I18n): string {
  const span = trendRanges.find((option) => option.value === range)?.span
  return span ? i18n._(span) : ''
}

/** One point of the trend line: a day (4 weeks) or a week, Monday to Sunday (longer ranges). */
export interface TrendBucket {
  start: DayKey
  end: DayKey
  /** The average of the days' own averages, so one busy day counts as one day. Null: a gap. */
  average: number | null
  /** Days in the bucket with at least one check-in. */
  days: number
}

export type TrendUnit = 'day' | 'week'

const WEEKS: Record<Exclude<TrendRange, '4w'>, number> = { '3m': 13, '12m': 52 }

export function trendUnit(range: TrendRange): TrendUnit {
  return range === '4w' ? 'day' : 'week'
}

function bucket(days: DayMoods, start: DayKey, length: number, today: DayKey): TrendBucket {
  let sum = 0
  let count = 0
  let day = start
  for (let offset = 0; offset < length && day <= today; offset++) {
    const mood = days.get(day)
    if (mood) {
      sum += dayAverage(mood)
      count += 1
    }
    day = addDays(day, 1)
  }
  return {
    start,
    end: addDays(start, length - 1),
    average: count === 0 ? null : sum / count,
    days: count,
  }
}

/**
 * The trend line's points, oldest first, ending today: a point a day over 4 weeks, a weekly
 * average over 3 or 12 months. Days and weeks with no check-in stay empty, never filled in.
 */
export function trendBuckets(days: DayMoods, range: TrendRange, today: DayKey): TrendBucket[] {
  if (range === '4w') {
    return Array.from({ length: 28 }, (_, index) =>
      bucket(days, addDays(today, index - 27), 1, today),
    )
  }
  const weeks = WEEKS[range]
  const thisWeek = weekStart(today)
  return Array.from({ length: weeks }, (_, index) =>
    bucket(days, addDays(thisWeek, (index - weeks + 1) * 7), 7, today),
  )
}

/** The first day any part of the history needs: the 12 months' first week, or the usual's. */
export function historyWindowStart(today: DayKey): DayKey {
  const trendStart = addDays(weekStart(today), -7 * (WEEKS['12m'] - 1))
  const usualStart = addDays(today, -62)
  return trendStart < usualStart ? trendStart : usualStart
}
