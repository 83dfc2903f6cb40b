import { describe, expect, it } from 'vitest'
import { dayAverage, summariseDays } from './day-moods.ts'
import { inTimeZone } from './test-time-zone.ts'

describe('summariseDays', () => {
  inTimeZone('Europe/London')

  it('keeps each day’s latest mood and its average, whatever order the rows come in', () => {
    const days = summariseDays([
      { at: '2025-06-02T18:00:00.000Z', mood: 2 },
      { at: '2025-06-02T07:00:00.000Z', mood: 5 },
      { at: '2025-06-02T12:00:00.000Z', mood: 4 },
      { at: '2025-06-03T12:00:00.000Z', mood: 3 },
    ])
    const second = days.get('2025-06-02')
    expect(second).toMatchObject({ latest: 2, count: 3, total: 11 })
    expect(dayAverage(second!)).toBeCloseTo(11 / 3)
    expect(days.get('2025-06-03')).toMatchObject({ latest: 3, count: 1 })
    expect(days.size).toBe(2)
  })

  it('groups by the person’s local day across the summer time change', () => {
    const days = summariseDays([
      { at: '2025-03-30T22:30:00.000Z', mood: 1 }, // 23:30 BST, 30 March
      { at: '2025-03-30T23:30:00.000Z', mood: 5 }, // 00:30 BST, 31 March
    ])
    expect(days.get('2025-03-30')?.latest).toBe(1)
    expect(days.get('2025-03-31')?.latest).toBe(5)
  })

  it('handles ten years of daily check-ins in one quick pass', () => {
    const start = Date.UTC(2015, 0, 1, 19)
    const rows = Array.from({ length: 3650 }, (_, index) => ({
      at: new Date(start + index * 86_400_000).toISOString(),
      mood: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5,
    }))
    const began = performance.now()
    const days = summariseDays(rows)
    expect(performance.now() - began).toBeLessThan(100)
    expect(days.size).toBe(3650)
  })
})
