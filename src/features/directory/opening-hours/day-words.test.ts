import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { parseIsoDate } from './civil-date.ts'
import { nextDayText } from './day-words.ts'

// Thursday 17 December 2026.
const thursday = parseIsoDate('2026-12-17') ?? 0

describe('nextDayText', () => {
  it('says today, tomorrow, a weekday, or the date a week or more ahead', () => {
    const en = i18nFor('en')
    expect(nextDayText({ day: thursday, inDays: 0 }, en)).toBe('today')
    expect(nextDayText({ day: thursday, inDays: 1 }, en)).toBe('tomorrow')
    expect(nextDayText({ day: thursday, inDays: 3 }, en)).toBe('Thursday')
    expect(nextDayText({ day: thursday, inDays: 7 }, en)).toBe('Thursday 17 December')
  })

  it('says them in Welsh, with Welsh day and month names', () => {
    const cy = i18nFor('cy')
    expect(nextDayText({ day: thursday, inDays: 1 }, cy)).toBe('yfory')
    expect(nextDayText({ day: thursday, inDays: 3 }, cy)).toBe('Dydd Iau')
    expect(nextDayText({ day: thursday, inDays: 9 }, cy)).toBe('Dydd Iau 17 Rhagfyr')
  })
})
