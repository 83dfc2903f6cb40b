import type { Mood } from '../../../db/rows.ts'
import type { DayMoods } from './day-moods.ts'
import { formatDay, formatMonth } from './format-date.ts'
import {
  addDays,
  firstDayOfMonth,
  lastDayOfMonth,
  type DayKey,
  type MonthKey,
} from './local-day.ts'
import { moodsBestFirst, moodWord } from './mood-words.ts'
import { trendRanges, trendUnit, type TrendBucket, type TrendRange } from './trend.ts'

type Filled = TrendBucket & { average: number }

function when(bucket: TrendBucket, range: TrendRange): string {
  const day = formatDay(bucket.start)
  return trendUnit(range) === 'day' ? `on ${day}` : `in the week of ${day}`
}

/** What the trend chart shows, in words: its accessible name, and the gist for anyone. */
export function trendSummary(buckets: readonly TrendBucket[], range: TrendRange): string {
  const span = trendRanges.find((option) => option.value === range)?.span ?? ''
  const filled = buckets.filter((bucket): bucket is Filled => bucket.average !== null)
  const latest = filled.at(-1)
  if (!latest) return `No check-ins in ${span}.`
  const how = trendUnit(range) === 'day' ? 'day by day' : 'as a weekly average'
  const gaps =
    filled.length < buckets.length
      ? ` ${trendUnit(range) === 'day' ? 'Days' : 'Weeks'} with no check-in are left as gaps.`
      : ''
  if (filled.length === 1) {
    return `Your mood over ${span}, ${how}: ${moodWord(latest.average)} ${when(latest, range)}.${gaps}`
  }
  // On a tie, the most recent lowest or highest is the one named.
  let lowest = latest
  let highest = latest
  for (const bucket of filled) {
    if (bucket.average <= lowest.average) lowest = bucket
    if (bucket.average >= highest.average) highest = bucket
  }
  return (
    `Your mood over ${span}, ${how}. ` +
    `Lowest: ${moodWord(lowest.average)}, ${when(lowest, range)}. ` +
    `Highest: ${moodWord(highest.average)}, ${when(highest, range)}. ` +
    `Most recent: ${moodWord(latest.average)}, ${when(latest, range)}.${gaps}`
  )
}

const daysText = (count: number) => (count === 1 ? '1 day' : `${count} days`)

/** A run of days in words: how many days showed each mood, using each day's latest. */
export function daysSummary(title: string, first: DayKey, last: DayKey, days: DayMoods): string {
  const counts = new Map<Mood, number>()
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const mood = days.get(day)
    if (mood) counts.set(mood.latest, (counts.get(mood.latest) ?? 0) + 1)
  }
  if (counts.size === 0) return `${title}: no check-ins.`
  const parts = moodsBestFirst
    .filter((mood) => counts.has(mood.value))
    .map((mood) => `${mood.label} on ${daysText(counts.get(mood.value) ?? 0)}`)
  return `${title}: ${parts.join(', ')}. Each day shows that day’s latest check-in.`
}

/** The calendar of one month in words. */
export function calendarSummary(month: MonthKey, days: DayMoods): string {
  return daysSummary(formatMonth(month), firstDayOfMonth(month), lastDayOfMonth(month), days)
}
