import { describe, expect, it } from 'vitest'
import { calendarWeeks, monthWeeks } from './calendar-weeks.ts'
import { inTimeZone } from './test-time-zone.ts'

const layout = (month: string) =>
  monthWeeks(month).map((week) => week.map((cell) => cell?.date ?? 0))

describe('calendar weeks', () => {
  inTimeZone('Europe/London')

  it('lays out a month that starts on a Monday with no leading gap', () => {
    // September 2025 starts on a Monday.
    const weeks = layout('2025-09')
    expect(weeks[0]).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(weeks.at(-1)).toEqual([29, 30, 0, 0, 0, 0, 0])
    expect(weeks).toHaveLength(5)
  })

  it('lays out a month that starts on a Sunday in six weeks', () => {
    // June 2025 starts on a Sunday.
    const weeks = layout('2025-06')
    expect(weeks[0]).toEqual([0, 0, 0, 0, 0, 0, 1])
    expect(weeks.at(-1)).toEqual([30, 0, 0, 0, 0, 0, 0])
    expect(weeks).toHaveLength(6)
  })

  it('fits a 28-day February that starts on a Monday in exactly four weeks', () => {
    expect(layout('2021-02')).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ])
  })

  it('includes a leap day', () => {
    // February 2024 starts on a Thursday and has 29 days.
    const weeks = layout('2024-02')
    expect(weeks[0]).toEqual([0, 0, 0, 1, 2, 3, 4])
    expect(weeks.flat().filter(Boolean)).toHaveLength(29)
  })

  it('has every day exactly once in the months the clocks change', () => {
    for (const month of ['2025-03', '2025-10']) {
      const days = monthWeeks(month)
        .flat()
        .flatMap((cell) => (cell ? [cell.day] : []))
      expect(days).toHaveLength(31)
      expect(new Set(days).size).toBe(31)
      expect(days[0]).toBe(`${month}-01`)
      expect(days.at(-1)).toBe(`${month}-31`)
    }
  })

  it('covers any run of days, such as the last four weeks', () => {
    // From Wednesday 5 March to Tuesday 1 April 2025.
    const weeks = calendarWeeks('2025-03-05', '2025-04-01')
    expect(weeks).toHaveLength(5)
    expect(weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([
      null,
      null,
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
    ])
    expect(weeks[4]?.map((cell) => cell?.date ?? 0)).toEqual([31, 1, 0, 0, 0, 0, 0])
  })
})
