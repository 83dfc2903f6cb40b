import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../service-model.ts'
import { openingStatus as statusOf } from './opening-status.ts'
import { inEnglish } from './test-status.ts'

/** The status with the next opening's day in English words, as the expectations are written. */
function openingStatus(...args: Parameters<typeof statusOf>) {
  return inEnglish(statusOf(...args))
}

function rule(fields: Partial<OpeningRule>): OpeningRule {
  return { freq: 'MONTHLY', byDay: [], opensAt: '18:00', closesAt: '20:00', ...fields }
}

function stateAt(rules: OpeningRule[], iso: string) {
  return openingStatus(rules, new Date(iso)).state
}

describe('openingStatus: monthly by weekday', () => {
  const lastThursday = [rule({ byDay: ['-1TH'], opensAt: '10:00', closesAt: '12:00' })]
  const secondMonday = [rule({ byDay: ['2MO'] })]

  it('finds the last Thursday when it is the last day of the month', () => {
    // April 2026 ends on Thursday 30th.
    expect(stateAt(lastThursday, '2026-04-30T10:30+01:00')).toBe('open')
    expect(openingStatus(lastThursday, new Date('2026-04-23T10:30+01:00'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Thursday 30 April', at: '10:00' },
    })
    // December 2026 ends on Thursday 31st; the 24th is not the last Thursday.
    expect(stateAt(lastThursday, '2026-12-31T10:30Z')).toBe('open')
    expect(stateAt(lastThursday, '2026-12-24T10:30Z')).toBe('closed')
  })

  it('finds the last Thursday when the month ends on a later day', () => {
    // July 2026 ends on Friday 31st: the last Thursday is the 30th.
    expect(stateAt(lastThursday, '2026-07-30T10:30+01:00')).toBe('open')
    expect(stateAt(lastThursday, '2026-07-23T10:30+01:00')).toBe('closed')
  })

  it('finds the second Monday in a month that starts on a Monday', () => {
    // June 2026 starts on Monday 1st: the second Monday is the 8th.
    expect(stateAt(secondMonday, '2026-06-01T18:30+01:00')).toBe('closed')
    expect(stateAt(secondMonday, '2026-06-08T18:30+01:00')).toBe('open')
    expect(stateAt(secondMonday, '2026-06-15T18:30+01:00')).toBe('closed')
    expect(openingStatus(secondMonday, new Date('2026-06-01T18:30+01:00'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Monday 8 June', at: '18:00' },
    })
  })

  it('finds the second Monday in a month that starts on a Tuesday', () => {
    // September 2026 starts on Tuesday 1st: Mondays are the 7th and 14th.
    expect(stateAt(secondMonday, '2026-09-07T18:30+01:00')).toBe('closed')
    expect(stateAt(secondMonday, '2026-09-14T18:30+01:00')).toBe('open')
  })

  it('finds the first Wednesday', () => {
    const firstWednesday = [rule({ byDay: ['1WE'], opensAt: '19:00' })]
    expect(stateAt(firstWednesday, '2026-12-02T19:30Z')).toBe('open')
    expect(stateAt(firstWednesday, '2026-12-09T19:30Z')).toBe('closed')
  })

  it('starts no earlier than dtstart', () => {
    const club = [rule({ byDay: ['2MO'], dtstart: '2026-12-14' })]
    expect(stateAt(club, '2026-11-09T18:30Z')).toBe('closed')
    expect(stateAt(club, '2026-12-14T18:30Z')).toBe('open')
  })
})

describe('openingStatus: monthly by date', () => {
  it('matches days of the month, counting back from the end when negative', () => {
    const payday = [rule({ byMonthDay: [1, -1] })]
    expect(stateAt(payday, '2026-02-28T18:30Z')).toBe('open')
    expect(stateAt(payday, '2028-02-28T18:30Z')).toBe('closed')
    expect(stateAt(payday, '2028-02-29T18:30Z')).toBe('open')
    expect(stateAt(payday, '2026-03-01T18:30Z')).toBe('open')
    expect(stateAt(payday, '2026-03-02T18:30Z')).toBe('closed')
  })

  it('skips months that do not have the date', () => {
    const the31st = [rule({ byMonthDay: [31] })]
    expect(stateAt(the31st, '2026-03-31T18:30+01:00')).toBe('open')
    expect(openingStatus(the31st, new Date('2026-04-30T18:30+01:00'))).toEqual({
      state: 'closed',
    })
  })
})

describe('openingStatus: every other week', () => {
  const fortnightly = [rule({ freq: 'WEEKLY', byDay: ['TH'], interval: 2, dtstart: '2026-12-03' })]

  it('is open on the weeks counted from dtstart', () => {
    expect(stateAt(fortnightly, '2026-12-03T18:30Z')).toBe('open')
    expect(stateAt(fortnightly, '2026-12-17T18:30Z')).toBe('open')
    expect(stateAt(fortnightly, '2027-01-14T18:30Z')).toBe('open')
  })

  it('is closed on the weeks between, and says which Thursday comes next', () => {
    expect(openingStatus(fortnightly, new Date('2026-12-10T18:30Z'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Thursday 17 December', at: '18:00' },
    })
    expect(stateAt(fortnightly, '2027-01-21T18:30Z')).toBe('closed')
  })

  it('is closed before dtstart, even on a matching week', () => {
    expect(stateAt(fortnightly, '2026-11-19T18:30Z')).toBe('closed')
  })

  it('does not guess the weeks when dtstart is missing', () => {
    const noStart = [rule({ freq: 'WEEKLY', byDay: ['TH'], interval: 2 })]
    expect(openingStatus(noStart, new Date('2026-12-03T18:30Z'))).toEqual({
      state: 'unknown',
      reason: 'no-hours',
    })
  })
})

describe('openingStatus: valid_from and valid_to', () => {
  const course = [
    rule({
      freq: 'WEEKLY',
      byDay: ['TU'],
      opensAt: '19:00',
      closesAt: '21:00',
      validFrom: '2027-01-05',
      validTo: '2027-02-09',
    }),
  ]

  it('applies on both end dates', () => {
    expect(stateAt(course, '2027-01-05T19:30Z')).toBe('open')
    expect(stateAt(course, '2027-02-09T19:30Z')).toBe('open')
    expect(openingStatus(course, new Date('2027-01-05T18:00Z'))).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '19:00' },
    })
  })

  it('is unknown outside its dates, not closed', () => {
    const outside = { state: 'unknown', reason: 'outside-dates' }
    expect(openingStatus(course, new Date('2027-01-04T19:30Z'))).toEqual(outside)
    expect(openingStatus(course, new Date('2027-02-10T19:30Z'))).toEqual(outside)
    expect(openingStatus(course, new Date('2027-02-16T19:30Z'))).toEqual(outside)
  })

  it('uses the rule whose dates hold, across terms', () => {
    const autumn = { validFrom: '2026-11-02', validTo: '2026-12-18' }
    const spring = { validFrom: '2027-01-05', validTo: '2027-02-12' }
    const terms = [autumn, spring].map((dates) =>
      rule({ freq: 'WEEKLY', byDay: ['TU', 'TH'], opensAt: '10:00', closesAt: '11:30', ...dates }),
    )
    expect(stateAt(terms, '2026-12-17T10:30Z')).toBe('open')
    expect(stateAt(terms, '2027-01-07T10:30Z')).toBe('open')
    expect(openingStatus(terms, new Date('2026-12-22T10:30Z'))).toEqual({
      state: 'unknown',
      reason: 'outside-dates',
    })
    // In term on a day without a session: closed, and nothing more this term.
    expect(openingStatus(terms, new Date('2026-12-18T10:30Z'))).toEqual({ state: 'closed' })
  })
})
