import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../service-model.ts'
import { BANK_HOLIDAY_YEARS } from './bank-holidays.ts'
import { openingStatus as statusOf } from './opening-status.ts'
import { inEnglish } from './test-status.ts'

/** The status with the next opening's day in English words, as the expectations are written. */
function openingStatus(...args: Parameters<typeof statusOf>) {
  return inEnglish(statusOf(...args))
}

const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const weekdays: OpeningRule = {
  freq: 'WEEKLY',
  byDay: ['MO', 'TU', 'WE', 'TH', 'FR'],
  opensAt: '09:00',
  closesAt: '17:00',
}
const allDay: OpeningRule = {
  freq: 'WEEKLY',
  byDay: EVERY_DAY,
  opensAt: '00:00',
  closesAt: '23:59',
}
const bankHoliday = { state: 'unknown', reason: 'bank-holiday' }

describe('openingStatus on bank holidays', () => {
  it('never says a weekday service is open on a bank holiday (Boxing Day substitute 2026)', () => {
    expect(openingStatus([weekdays], new Date('2026-12-28T10:00Z'))).toEqual(bankHoliday)
    expect(openingStatus([weekdays], new Date('2026-12-28T03:00Z'))).toEqual(bankHoliday)
    expect(openingStatus([weekdays], new Date('2026-05-04T10:00+01:00'))).toEqual(bankHoliday)
    expect(openingStatus([weekdays], new Date('2026-12-29T10:00Z'))).toEqual({
      state: 'open',
      closesAt: '17:00',
    })
  })

  it('still says a 24/7 service is open', () => {
    expect(openingStatus([allDay], new Date('2026-12-28T10:00Z'))).toEqual({ state: 'open' })
    expect(openingStatus([allDay], new Date('2026-12-25T03:00Z'))).toEqual({ state: 'open' })
  })

  it('uses the nation asked for: Scotland has 2 January, England does not', () => {
    const at = new Date('2026-01-02T10:00Z')
    expect(openingStatus([weekdays], at, { nation: 'scotland' })).toEqual(bankHoliday)
    expect(openingStatus([weekdays], at)).toEqual({ state: 'open', closesAt: '17:00' })
    expect(openingStatus([weekdays], at, { nation: 'england-and-wales' }).state).toBe('open')
  })

  it('uses Northern Ireland’s St Patrick’s Day', () => {
    const at = new Date('2026-03-17T10:00Z')
    expect(openingStatus([weekdays], at, { nation: 'northern-ireland' })).toEqual(bankHoliday)
    expect(openingStatus([weekdays], at).state).toBe('open')
  })

  it('is unknown after midnight in a period that began on a bank holiday', () => {
    const fridayLate: OpeningRule = {
      freq: 'WEEKLY',
      byDay: ['FR'],
      opensAt: '20:00',
      closesAt: '02:00',
    }
    // Good Friday 2026 is 3 April.
    expect(openingStatus([fridayLate], new Date('2026-04-03T21:00+01:00'))).toEqual(bankHoliday)
    expect(openingStatus([fridayLate], new Date('2026-04-04T01:30+01:00'))).toEqual(bankHoliday)
    expect(openingStatus([fridayLate], new Date('2026-04-04T03:00+01:00'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Friday', at: '20:00' },
    })
    // New Year's Eve 2027 is a Friday; New Year's Day is a bank holiday.
    expect(openingStatus([fridayLate], new Date('2028-01-01T01:30Z'))).toEqual(bankHoliday)
  })

  it('skips bank holidays when saying when a service opens next', () => {
    // Thursday before Easter 2026: Good Friday and Easter Monday are bank holidays.
    expect(openingStatus([weekdays], new Date('2026-04-02T18:00+01:00'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Tuesday', at: '09:00' },
    })
    // Christmas Eve 2026: the 25th and the 28th are bank holidays.
    expect(openingStatus([weekdays], new Date('2026-12-24T18:00Z'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Tuesday', at: '09:00' },
    })
  })

  it('does not run an open stretch on into a bank holiday', () => {
    const halves: OpeningRule[] = [
      { freq: 'WEEKLY', byDay: EVERY_DAY, opensAt: '12:00', closesAt: '00:00' },
      { freq: 'WEEKLY', byDay: EVERY_DAY, opensAt: '00:00', closesAt: '12:00' },
    ]
    expect(openingStatus(halves, new Date('2026-12-24T20:00Z'))).toEqual({
      state: 'open',
      closesAt: '00:00',
    })
    expect(openingStatus(halves, new Date('2026-12-25T10:00Z'))).toEqual(bankHoliday)
  })

  it('treats a year the table does not cover as a possible bank holiday', () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2024, last: 2036 })
    expect(openingStatus([weekdays], new Date('2037-03-10T10:00Z'))).toEqual(bankHoliday)
    expect(openingStatus([allDay], new Date('2037-03-10T10:00Z'))).toEqual({ state: 'open' })
    expect(openingStatus([weekdays], new Date('2036-03-11T10:00Z')).state).toBe('open')
  })
})
