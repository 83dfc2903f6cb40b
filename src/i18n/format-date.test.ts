import { describe, expect, it } from 'vitest'
import { formatDate } from './format-date.ts'

const date = new Date('2026-03-05T14:30:00Z')
const zone = { timeZone: 'Europe/London' } as const

describe('formatDate', () => {
  it('writes British English dates', () => {
    expect(formatDate(date, 'en', { ...zone, month: 'long', year: 'numeric' })).toBe('March 2026')
    expect(formatDate(date, 'en', { ...zone, dateStyle: 'full', timeStyle: 'short' })).toBe(
      'Thursday, 5 March 2026 at 14:30',
    )
  })

  it('writes Welsh dates without relying on Intl having Welsh', () => {
    expect(formatDate(date, 'cy', { ...zone, month: 'long', year: 'numeric' })).toBe('Mawrth 2026')
    expect(
      formatDate(date, 'cy', {
        ...zone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    ).toBe('Dydd Iau, 5 Mawrth 2026 am 14:30')
    expect(formatDate(date, 'cy', { ...zone, day: 'numeric', month: 'short' })).toBe('5 Maw')
    expect(
      formatDate(date, 'cy', { ...zone, day: '2-digit', month: '2-digit', year: 'numeric' }),
    ).toBe('05/03/2026')
  })

  it('names the month in the time zone asked for', () => {
    const newYear = new Date('2026-12-31T23:30:00Z')
    expect(formatDate(newYear, 'cy', { timeZone: 'Asia/Tokyo', month: 'long' })).toBe('Ionawr')
  })
})

describe('formatDate without Intl, for long UTC dates', () => {
  // Every day of a year, in each shape the short path takes: it must write exactly what Intl's
  // British English writes, or a prerendered page would change when it starts.
  const shapes: Intl.DateTimeFormatOptions[] = [
    { month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'long' },
    { month: 'long' },
  ]
  const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2028, 0, 1 + i, 12)))

  it('writes what Intl writes in British English', () => {
    for (const shape of shapes) {
      const options = { ...shape, timeZone: 'UTC' }
      const intl = new Intl.DateTimeFormat('en-GB', options)
      for (const day of days) expect(formatDate(day, 'en', options)).toBe(intl.format(day))
    }
  })

  it('writes the same Welsh as the longer way round', () => {
    // A time zone other than UTC takes the longer way, which names the same day in London
    // at noon UTC.
    for (const shape of shapes) {
      for (const day of days) {
        expect(formatDate(day, 'cy', { ...shape, timeZone: 'UTC' })).toBe(
          formatDate(day, 'cy', { ...shape, timeZone: 'Europe/London' }),
        )
      }
    }
  })
})
