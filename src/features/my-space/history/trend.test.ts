import { describe, expect, it } from 'vitest'
import type { Mood } from '../../../db/rows.ts'
import { summariseDays } from './day-moods.ts'
import { addDays } from './local-day.ts'
import { inTimeZone } from './test-time-zone.ts'
import { historyWindowStart, trendBuckets } from './trend.ts'

/** A check-in at 8pm UK time (19:00 UTC in summer) on each given day. */
const checkIns = (entries: [string, Mood][]) =>
  entries.map(([day, mood]) => ({ at: new Date(`${day}T20:00:00`).toISOString(), mood }))

describe('trendBuckets', () => {
  inTimeZone('Europe/London')

  it('gives 28 daily points over 4 weeks, ending today, with gaps left empty', () => {
    const days = summariseDays(
      checkIns([
        ['2025-05-07', 2],
        ['2025-06-03', 4],
        ['2025-06-03', 5],
        ['2025-06-01', 1],
        ['2025-05-06', 5], // the day before the 4 weeks start
      ]),
    )
    const buckets = trendBuckets(days, '4w', '2025-06-03')
    expect(buckets).toHaveLength(28)
    expect(buckets[0]).toMatchObject({ start: '2025-05-07', end: '2025-05-07', average: 2 })
    expect(buckets.at(-1)).toMatchObject({ start: '2025-06-03', average: 4.5, days: 1 })
    expect(buckets.at(-3)?.average).toBe(1)
    expect(buckets.at(-2)?.average).toBeNull()
    expect(buckets.filter((bucket) => bucket.average === null)).toHaveLength(25)
  })

  it('averages each week, Monday to Sunday, counting a busy day once', () => {
    const days = summariseDays(
      checkIns([
        ['2025-05-26', 1], // Monday
        ['2025-05-27', 5],
        ['2025-05-27', 5],
        ['2025-05-27', 5],
        ['2025-06-01', 3], // Sunday
        ['2025-06-02', 4], // next Monday: this week, so far
      ]),
    )
    const buckets = trendBuckets(days, '3m', '2025-06-03')
    expect(buckets).toHaveLength(13)
    expect(buckets.at(-1)).toMatchObject({ start: '2025-06-02', end: '2025-06-08', average: 4 })
    expect(buckets.at(-2)).toMatchObject({ start: '2025-05-26', end: '2025-06-01', days: 3 })
    expect(buckets.at(-2)?.average).toBeCloseTo(3)
    expect(buckets.at(-3)?.average).toBeNull()
    expect(buckets[0]?.start).toBe('2025-03-10')
  })

  it('gives 52 weekly points over 12 months, across both clock changes', () => {
    const entries: [string, Mood][] = []
    for (let day = '2024-06-01'; day <= '2025-06-03'; day = addDays(day, 1)) {
      entries.push([day, 3])
    }
    const buckets = trendBuckets(summariseDays(checkIns(entries)), '12m', '2025-06-03')
    expect(buckets).toHaveLength(52)
    expect(buckets.every((bucket) => bucket.average === 3)).toBe(true)
    // Every full week has seven days, including the weeks the clocks change.
    expect(buckets.slice(0, -1).every((bucket) => bucket.days === 7)).toBe(true)
    expect(buckets.at(-1)?.days).toBe(2)
  })

  it('never fills a gap, even between two good weeks', () => {
    const days = summariseDays(
      checkIns([
        ['2025-05-12', 4],
        ['2025-05-26', 4],
      ]),
    )
    const averages = trendBuckets(days, '3m', '2025-06-03')
      .slice(-4)
      .map((bucket) => bucket.average)
    expect(averages).toEqual([4, null, 4, null])
  })

  it('asks for enough days to draw 12 months and compare with the usual', () => {
    expect(historyWindowStart('2025-06-03')).toBe('2024-06-10')
    expect(trendBuckets(new Map(), '12m', '2025-06-03')[0]?.start).toBe('2024-06-10')
  })
})
