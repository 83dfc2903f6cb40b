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
