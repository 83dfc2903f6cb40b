import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { Mood } from '../../../db/rows.ts'
import type { Locale } from '../../../i18n/locales.ts'
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
import { trendSpan, trendUnit, type TrendBucket, type TrendRange } from './trend.ts'

type Filled = TrendBucket & { average: number }

/** When a point of the trend was: "on 3 March 2025" or "in the week of 3 March 2025". */
function when(bucket: TrendBucket, range: TrendRange, i18n: I18n): string {
  const day = formatDay(bucket.start, i18n.locale as Locale)
  return trendUnit(range) === 'day' ? i18n._(msg`on ${day}`) : i18n._(msg`in the week of ${day}`)
}

/** What the trend chart shows, in words: its accessible name, and the gist for anyone. */
export function trendSummary(
  buckets: readonly TrendBucket[],
  range: TrendRange,
  i18n: I18n,
): string {
  const span = trendSpan(range, i18n)
  const filled = buckets.filter((bucket): bucket is Filled => bucket.average !== null)
  const latest = filled.at(-1)
  if (!latest) return i18n._(msg`No check-ins in ${span}.`)
  const byDay = trendUnit(range) === 'day'
  const gaps =
    filled.length === buckets.length
      ? ''
      : byDay
        ? i18n._(msg`Days with no check-in are left as gaps.`)
        : i18n._(msg`Weeks with no check-in are left as gaps.`)
  const withGaps = (text: string) => (gaps ? `${text} ${gaps}` : text)
  if (filled.length === 1) {
    const mood = moodWord(latest.average, i18n)
    const at = when(latest, range, i18n)
    return withGaps(
      byDay
        ? i18n._(msg`Your mood over ${span}, day by day: ${mood} ${at}.`)
        : i18n._(msg`Your mood over ${span}, as a weekly average: ${mood} ${at}.`),
    )
  }
  // On a tie, the most recent lowest or highest is the one named.
  let lowest = latest
  let highest = latest
  for (const bucket of filled) {
    if (bucket.average <= lowest.average) lowest = bucket
    if (bucket.average >= highest.average) highest = bucket
  }
  const low = moodWord(lowest.average, i18n)
  const lowAt = when(lowest, range, i18n)
  const high = moodWord(highest.average, i18n)
  const highAt = when(highest, range, i18n)
  const recent = moodWord(latest.average, i18n)
  const recentAt = when(latest, range, i18n)
  return withGaps(
    byDay
      ? i18n._(
          msg`Your mood over ${span}, day by day. Lowest: ${low}, ${lowAt}. Highest: ${high}, ${highAt}. Most recent: ${recent}, ${recentAt}.`,
        )
      : i18n._(
          msg`Your mood over ${span}, as a weekly average. Lowest: ${low}, ${lowAt}. Highest: ${high}, ${highAt}. Most recent: ${recent}, ${recentAt}.`,
        ),
  )
}

/** A run of days in words: how many days showed each mood, using each day's latest. */
export function daysSummary(
  title: string,
  first: DayKey,
  last: DayKey,
  days: DayMoods,
  i18n: I18n,
): string {
  const counts = new Map<Mood, number>()
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const mood = days.get(day)
    if (mood) counts.set(mood.latest, (counts.get(mood.latest) ?? 0) + 1)
  }
  if (counts.size === 0) return i18n._(msg`${title}: no check-ins.`)
  const moods = moodsBestFirst
    .filter((mood) => counts.has(mood.value))
    .map((mood) => {
      const word = i18n._(mood.label)
      const count = counts.get(mood.value) ?? 0
      return i18n._(msg`${word} on ${plural(count, { one: '# day', other: '# days' })}`)
    })
    .join(', ')
  return i18n._(msg`${title}: ${moods}. Each day shows that day’s latest check-in.`)
}

/** The calendar of one month in words. */
export function calendarSummary(month: MonthKey, days: DayMoods, i18n: I18n): string {
  const title = formatMonth(month, i18n.locale as Locale)
  return daysSummary(title, firstDayOfMonth(month), lastDayOfMonth(month), days, i18n)
}
