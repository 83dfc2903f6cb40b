import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  dayKeyOfInstant,
  daysBetween,
  instantRange,
  lastDayOfMonth,
  monthRange,
  parseMonthKey,
  weekdayIndex,
  weekStart,
} from './local-day.ts'
import { inTimeZone } from './test-time-zone.ts'

describe('local days in the UK', () => {
  inTimeZone('Europe/London')

  it('puts a check-in just after midnight in summer time on the new day, not UTC’s', () => {
    // 23:30 UTC on 30 March 2025 is 00:30 on 31 March in British Summer Time.
    expect(dayKeyOfInstant('2025-03-30T23:30:00.000Z')).toBe('2025-03-31')
    // In winter, UTC and UK time agree.
    expect(dayKeyOfInstant('2025-01-10T23:30:00.000Z')).toBe('2025-01-10')
    // 23:30 UTC on 25 October 2025 is 00:30 on the 26th, the night the clocks go back.
    expect(dayKeyOfInstant('2025-10-25T23:30:00.000Z')).toBe('2025-10-26')
  })

  it('counts the days the clocks change as one day each', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30')
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31')
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27')
    expect(addDays('2025-10-27', -2)).toBe('2025-10-25')
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31)
    expect(daysBetween('2025-10-01', '2025-11-01')).toBe(31)
    expect(daysBetween('2025-04-01', '2025-03-01')).toBe(-31)
  })

  it('gives a query the local midnights, in UTC instants, end exclusive', () => {
    // March 2025 starts in GMT and ends in BST.
    expect(monthRange('2025-03')).toEqual({
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-03-31T23:00:00.000Z',
    })
    expect(instantRange('2025-07-01', '2025-07-01')).toEqual({
      from: '2025-06-30T23:00:00.000Z',
      to: '2025-07-01T23:00:00.000Z',
    })
  })

  it('starts weeks on a Monday', () => {
    expect(weekdayIndex('2025-09-01')).toBe(0) // a Monday
    expect(weekdayIndex('2025-06-01')).toBe(6) // a Sunday
    expect(weekStart('2025-06-01')).toBe('2025-05-26')
    expect(weekStart('2025-03-31')).toBe('2025-03-31')
    expect(weekStart('2025-03-30')).toBe('2025-03-24')
  })

  it('moves between months, across years, and knows their lengths', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12')
    expect(addMonths('2024-12', 1)).toBe('2025-01')
    expect(addMonths('2025-03', -13)).toBe('2024-02')
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29')
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28')
    expect(lastDayOfMonth('2025-10')).toBe('2025-10-31')
  })

  it('reads a month from an address only when it is one', () => {
    expect(parseMonthKey('2025-03')).toBe('2025-03')
    expect(parseMonthKey('2025-13')).toBeUndefined()
    expect(parseMonthKey('2025-3')).toBeUndefined()
    expect(parseMonthKey(null)).toBeUndefined()
    expect(parseMonthKey('<script>')).toBeUndefined()
  })
})

describe('local days elsewhere', () => {
  inTimeZone('America/New_York')

  it('uses the device’s own zone, whatever it is', () => {
    expect(dayKeyOfInstant('2025-03-31T02:00:00.000Z')).toBe('2025-03-30')
  })
})
