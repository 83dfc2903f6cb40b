import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../service-model.ts'
import { openingStatus as statusOf } from './opening-status.ts'
import { inEnglish } from './test-status.ts'

/** The status with the next opening's day in English words, as the expectations are written. */
function openingStatus(...args: Parameters<typeof statusOf>) {
  return inEnglish(statusOf(...args))
}

const fridayLate: OpeningRule = {
  freq: 'WEEKLY',
  byDay: ['FR'],
  opensAt: '20:00',
  closesAt: '02:00',
}
const calm: OpeningRule = {
  freq: 'WEEKLY',
  byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
  opensAt: '17:00',
  closesAt: '00:00',
}

function statusAt(rules: OpeningRule[], iso: string) {
  return openingStatus(rules, new Date(iso))
}

describe('openingStatus: periods that cross midnight', () => {
  it('is open on Friday evening before midnight', () => {
    expect(statusAt([fridayLate], '2026-07-03T19:59+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '20:00' },
    })
    expect(statusAt([fridayLate], '2026-07-03T20:00+01:00')).toEqual({
      state: 'open',
      closesAt: '02:00',
    })
    expect(statusAt([fridayLate], '2026-07-03T23:59+01:00')).toEqual({
      state: 'open',
      closesAt: '02:00',
    })
  })

  it('is still open on Saturday after midnight, until 02:00', () => {
    expect(statusAt([fridayLate], '2026-07-04T00:00+01:00')).toEqual({
      state: 'open',
      closesAt: '02:00',
    })
    expect(statusAt([fridayLate], '2026-07-04T01:30+01:00')).toEqual({
      state: 'open',
      closesAt: '02:00',
    })
    expect(statusAt([fridayLate], '2026-07-04T02:00+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'Friday', at: '20:00' },
    })
  })

  it('does not carry a Thursday night over from a day with no period', () => {
    expect(statusAt([fridayLate], '2026-07-03T01:30+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '20:00' },
    })
  })

  it('carries over the end of a month and a year', () => {
    expect(statusAt([fridayLate], '2026-07-31T23:00+01:00').state).toBe('open')
    expect(statusAt([fridayLate], '2026-08-01T01:30+01:00').state).toBe('open')
    expect(statusAt([fridayLate], '2027-12-31T22:00Z')).toEqual({
      state: 'open',
      closesAt: '02:00',
    })
  })

  it('reads closing at 00:00 as midnight at the end of the day', () => {
    expect(statusAt([calm], '2026-07-01T23:30+01:00')).toEqual({ state: 'open', closesAt: '00:00' })
    expect(statusAt([calm], '2026-07-02T00:00+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '17:00' },
    })
  })

  it('keeps a period that starts on its valid_to date open after midnight', () => {
    const lastNight = { ...fridayLate, validTo: '2026-07-03' }
    expect(statusAt([lastNight], '2026-07-04T01:30+01:00').state).toBe('open')
    expect(statusAt([lastNight], '2026-07-04T12:00+01:00')).toEqual({
      state: 'unknown',
      reason: 'outside-dates',
    })
  })
})
