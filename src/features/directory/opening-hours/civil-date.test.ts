import { describe, expect, it } from 'vitest'
import { daysInMonth, isoDate, longDate, parseIsoDate, weekdayOf } from './civil-date.ts'

describe('civil dates', () => {
  it('numbers weekdays from Monday', () => {
    expect(weekdayOf(parseIsoDate('2026-06-01') ?? 0)).toBe(0)
    expect(weekdayOf(parseIsoDate('2026-03-29') ?? 0)).toBe(6)
    expect(weekdayOf(parseIsoDate('1969-12-29') ?? 0)).toBe(0)
  })

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2026, 2)).toBe(28)
    expect(daysInMonth(2026, 4)).toBe(30)
  })

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-29')).toBeUndefined()
    expect(parseIsoDate('2026-13-01')).toBeUndefined()
    expect(parseIsoDate('26-1-5')).toBeUndefined()
    expect(isoDate(parseIsoDate('2028-02-29') ?? 0)).toBe('2028-02-29')
  })

  it('writes dates the GOV.UK way', () => {
    expect(longDate(parseIsoDate('2026-01-05') ?? 0, 'en')).toBe('5 January 2026')
    expect(longDate(parseIsoDate('2026-01-05') ?? 0, 'cy')).toBe('5 Ionawr 2026')
  })
})
