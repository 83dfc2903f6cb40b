import { describe, expect, it } from 'vitest'
import { londonTime } from './london-time.ts'

function clock(iso: string) {
  const time = londonTime(new Date(iso))
  const hh = String(Math.floor(time.minutes / 60)).padStart(2, '0')
  const mm = String(time.minutes % 60).padStart(2, '0')
  return `${time.year}-${time.month}-${time.day} ${hh}:${mm} weekday ${time.weekday}`
}

describe('londonTime', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(clock('2026-01-15T12:00:00Z')).toBe('2026-1-15 12:00 weekday 3')
    expect(clock('2026-07-15T12:00:00Z')).toBe('2026-7-15 13:00 weekday 2')
  })

  it('skips 01:00–02:00 when BST starts on the last Sunday of March', () => {
    expect(clock('2026-03-29T00:59:00Z')).toBe('2026-3-29 00:59 weekday 6')
    expect(clock('2026-03-29T01:00:00Z')).toBe('2026-3-29 02:00 weekday 6')
    expect(clock('2026-03-29T08:30:00Z')).toBe('2026-3-29 09:30 weekday 6')
  })

  it('repeats 01:00–02:00 when BST ends on the last Sunday of October', () => {
    expect(clock('2026-10-25T00:30:00Z')).toBe('2026-10-25 01:30 weekday 6')
    expect(clock('2026-10-25T01:30:00Z')).toBe('2026-10-25 01:30 weekday 6')
    expect(clock('2026-10-25T02:00:00Z')).toBe('2026-10-25 02:00 weekday 6')
    expect(clock('2026-10-25T08:30:00Z')).toBe('2026-10-25 08:30 weekday 6')
  })

  it('moves to the next UK date before UTC does in summer', () => {
    // 23:30 UTC on a Friday in July is 00:30 on Saturday in London.
    expect(clock('2026-07-03T23:30:00Z')).toBe('2026-7-4 00:30 weekday 5')
    expect(clock('2026-12-31T23:59:59Z')).toBe('2026-12-31 23:59 weekday 3')
    expect(clock('2027-01-01T00:00:00Z')).toBe('2027-1-1 00:00 weekday 4')
  })

  it('gives midnight as 0 minutes, never 24:00', () => {
    expect(londonTime(new Date('2026-06-30T23:00:00Z')).minutes).toBe(0)
  })

  it('throws on an invalid date, a programming error', () => {
    expect(() => londonTime(new Date('not a date'))).toThrow(RangeError)
  })
})
