import { describe, expect, it } from 'vitest'
import type { Mood } from '../../../db/rows.ts'
import { summariseDays } from './day-moods.ts'
import { addDays } from './local-day.ts'
import { inTimeZone } from './test-time-zone.ts'
import { lowerThanUsual } from './usual-mood.ts'

const TODAY = '2025-06-30'

/** Daily check-ins at 8pm local time from `first` to `last`, all with one mood. */
function run(first: string, last: string, mood: Mood) {
  const rows = []
  for (let day = first; day <= last; day = addDays(day, 1)) {
    rows.push({ at: new Date(`${day}T20:00:00`).toISOString(), mood })
  }
  return rows
}

describe('lowerThanUsual', () => {
  inTimeZone('Europe/London')

  it('notices when the last 7 days are well below the 8 weeks before', () => {
    const days = summariseDays([
      ...run('2025-05-01', '2025-06-23', 4),
      ...run('2025-06-24', TODAY, 2),
    ])
    expect(lowerThanUsual(days, TODAY)).toEqual({ recent: 2, usual: 4 })
  })

  it('says nothing when the recent days are about the same or better', () => {
    const same = summariseDays([
      ...run('2025-05-01', '2025-06-23', 3),
      ...run('2025-06-24', TODAY, 3),
    ])
    expect(lowerThanUsual(same, TODAY)).toBeUndefined()
    const wobble = summariseDays([
      ...run('2025-05-01', '2025-06-23', 4),
      ...run('2025-06-24', '2025-06-27', 3),
      ...run('2025-06-28', TODAY, 4),
    ])
    expect(lowerThanUsual(wobble, TODAY)).toBeUndefined()
    const better = summariseDays([
      ...run('2025-05-01', '2025-06-23', 2),
      ...run('2025-06-24', TODAY, 5),
    ])
    expect(lowerThanUsual(better, TODAY)).toBeUndefined()
  })

  it('says nothing with too few recent days', () => {
    const days = summariseDays([
      ...run('2025-05-01', '2025-06-23', 4),
      ...run('2025-06-29', TODAY, 1),
    ])
    expect(lowerThanUsual(days, TODAY)).toBeUndefined()
  })

  it('says nothing until the usual reaches back at least 4 weeks', () => {
    // Twelve days of 5s, all in the fortnight just before: not yet a usual.
    const short = summariseDays([
      ...run('2025-06-12', '2025-06-23', 5),
      ...run('2025-06-24', TODAY, 1),
    ])
    expect(lowerThanUsual(short, TODAY)).toBeUndefined()
    // A few scattered days over many weeks are not enough either.
    const sparse = summariseDays([
      ...run('2025-05-01', '2025-05-03', 5),
      ...run('2025-06-20', '2025-06-23', 5),
      ...run('2025-06-24', TODAY, 1),
    ])
    expect(lowerThanUsual(sparse, TODAY)).toBeUndefined()
  })

  it('ignores anything older than 8 weeks before the recent days', () => {
    const days = summariseDays([
      ...run('2025-01-01', '2025-04-28', 5),
      ...run('2025-04-29', '2025-06-23', 2),
      ...run('2025-06-24', TODAY, 2),
    ])
    expect(lowerThanUsual(days, TODAY)).toBeUndefined()
  })

  it('uses local days, so a late check-in in summer counts for the right week', () => {
    // 00:30 BST on 24 June is 23:30 UTC on the 23rd: it belongs to the recent week.
    const days = summariseDays([
      ...run('2025-05-01', '2025-06-23', 4),
      { at: '2025-06-23T23:30:00.000Z', mood: 1 },
      ...run('2025-06-29', TODAY, 2),
    ])
    expect(lowerThanUsual(days, TODAY)?.recent).toBeCloseTo(5 / 3)
  })
})
