import { describe, expect, it } from 'vitest'
import type { Mood } from '../../../db/rows.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { summariseDays } from './day-moods.ts'
import { calendarSummary, trendSummary } from './history-summaries.ts'
import { inTimeZone } from './test-time-zone.ts'
import { trendBuckets } from './trend.ts'

const checkIns = (entries: [string, Mood][]) =>
  entries.map(([day, mood]) => ({ at: new Date(`${day}T20:00:00`).toISOString(), mood }))

const en = i18nFor('en')

describe('history summaries', () => {
  inTimeZone('Europe/London')

  it('names the lowest, highest and latest points in words, and the gaps', () => {
    const days = summariseDays(
      checkIns([
        ['2025-05-10', 2],
        ['2025-05-20', 5],
        ['2025-06-02', 4],
      ]),
    )
    expect(trendSummary(trendBuckets(days, '4w', '2025-06-03'), '4w', en)).toBe(
      'Your mood over the last 4 weeks, day by day. Lowest: Low, on 10 May 2025. ' +
        'Highest: Great, on 20 May 2025. Most recent: Good, on 2 June 2025. ' +
        'Days with no check-in are left as gaps.',
    )
    expect(trendSummary(trendBuckets(days, '3m', '2025-06-03'), '3m', en)).toMatch(
      /^Your mood over the last 3 months, as a weekly average\. Lowest: Low, in the week of 5 May 2025\./,
    )
  })

  it('says plainly when there is nothing in the range', () => {
    expect(trendSummary(trendBuckets(new Map(), '12m', '2025-06-03'), '12m', en)).toBe(
      'No check-ins in the last 12 months.',
    )
  })

  it('describes one point on its own', () => {
    const days = summariseDays(checkIns([['2025-06-02', 3]]))
    expect(trendSummary(trendBuckets(days, '4w', '2025-06-03'), '4w', en)).toBe(
      'Your mood over the last 4 weeks, day by day: Okay on 2 June 2025. Days with no check-in are left as gaps.',
    )
  })

  it('counts the days of each mood in a month, best first, using each day’s latest', () => {
    const days = summariseDays(
      checkIns([
        ['2025-03-01', 2],
        ['2025-03-02', 5],
        ['2025-03-03', 2],
        ['2025-03-31', 1],
        ['2025-04-01', 5],
      ]).concat([{ at: '2025-03-03T21:00:00.000Z', mood: 4 }]),
    )
    expect(calendarSummary('2025-03', days, en)).toBe(
      'March 2025: Great on 1 day, Good on 1 day, Low on 1 day, Really low on 1 day. ' +
        'Each day shows that day’s latest check-in.',
    )
    expect(calendarSummary('2025-02', days, en)).toBe('February 2025: no check-ins.')
  })
})
