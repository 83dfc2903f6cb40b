import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../service-model.ts'
import { openingStatus as statusOf } from './opening-status.ts'
import { inEnglish } from './test-status.ts'

/** The status with the next opening's day in English words, as the expectations are written. */
function openingStatus(...args: Parameters<typeof statusOf>) {
  return inEnglish(statusOf(...args))
}

const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR']

function rule(fields: Partial<OpeningRule>): OpeningRule {
  return { freq: 'WEEKLY', byDay: WEEKDAYS, opensAt: '09:00', closesAt: '17:00', ...fields }
}

/** Status of these rules at a UK local time written with its offset, e.g. 2026-07-03T20:00+01:00. */
function statusAt(rules: OpeningRule[], iso: string) {
  return openingStatus(rules, new Date(iso))
}

describe('openingStatus: no schedule', () => {
  it('is unknown, never guessed, when there are no rules', () => {
    expect(statusAt([], '2026-07-01T12:00+01:00')).toEqual({ state: 'unknown', reason: 'no-hours' })
  })

  it('is unknown when no rule can be read', () => {
    const broken = rule({ opensAt: '9am' })
    expect(statusAt([broken], '2026-07-01T12:00+01:00')).toEqual({
      state: 'unknown',
      reason: 'no-hours',
    })
  })

  it('does not say closed when an unreadable rule might say open', () => {
    const rules = [rule({}), rule({ byDay: ['SA'], closesAt: 'late' })]
    expect(statusAt(rules, '2026-07-04T12:00+01:00')).toEqual({
      state: 'unknown',
      reason: 'no-hours',
    })
    expect(statusAt(rules, '2026-07-03T12:00+01:00')).toEqual({ state: 'open', closesAt: '17:00' })
  })
})

describe('openingStatus: weekly hours', () => {
  const weekdays = [rule({})]

  it('is open inside the hours and closed at the closing minute', () => {
    expect(statusAt(weekdays, '2026-07-01T09:00+01:00')).toEqual({
      state: 'open',
      closesAt: '17:00',
    })
    expect(statusAt(weekdays, '2026-07-01T16:59+01:00')).toEqual({
      state: 'open',
      closesAt: '17:00',
    })
    expect(statusAt(weekdays, '2026-07-01T17:00+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'tomorrow', at: '09:00' },
    })
  })

  it('says when it opens next: today, tomorrow or a weekday', () => {
    expect(statusAt(weekdays, '2026-07-01T08:59+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '09:00' },
    })
    // Friday evening: next opening is Monday.
    expect(statusAt(weekdays, '2026-07-03T18:00+01:00')).toEqual({
      state: 'closed',
      opensNext: { day: 'Monday', at: '09:00' },
    })
  })

  it('runs back-to-back periods together for the closing time', () => {
    const rules = [rule({}), rule({ byDay: ['TU', 'TH'], opensAt: '17:00', closesAt: '19:30' })]
    expect(statusAt(rules, '2026-06-30T10:00+01:00')).toEqual({ state: 'open', closesAt: '19:30' })
    expect(statusAt(rules, '2026-07-01T10:00+01:00')).toEqual({ state: 'open', closesAt: '17:00' })
  })
})

describe('openingStatus: BST changes', () => {
  const daily = [rule({ byDay: EVERY_DAY })]

  it('uses BST from the last Sunday of March', () => {
    // 08:30 UTC is 09:30 BST: open. Read as UTC it would be closed.
    expect(openingStatus(daily, new Date('2026-03-29T08:30:00Z'))).toEqual({
      state: 'open',
      closesAt: '17:00',
    })
    expect(openingStatus(daily, new Date('2026-03-29T07:30:00Z'))).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '09:00' },
    })
    expect(openingStatus(daily, new Date('2026-03-29T16:30:00Z')).state).toBe('closed')
  })

  it('uses GMT from the last Sunday of October', () => {
    // 08:30 UTC is 08:30 GMT: closed. Still read as BST it would be open.
    expect(openingStatus(daily, new Date('2026-10-25T08:30:00Z'))).toEqual({
      state: 'closed',
      opensNext: { day: 'today', at: '09:00' },
    })
    expect(openingStatus(daily, new Date('2026-10-25T16:30:00Z')).state).toBe('open')
  })

  it('handles the skipped hour and the repeated hour', () => {
    const night = [rule({ byDay: EVERY_DAY, opensAt: '01:00', closesAt: '03:00' })]
    // 01:00 UTC on 29 March 2026 is 02:00 BST.
    expect(openingStatus(night, new Date('2026-03-29T01:00:00Z'))).toEqual({
      state: 'open',
      closesAt: '03:00',
    })
    expect(openingStatus(night, new Date('2026-03-29T02:00:00Z')).state).toBe('closed')
    // 01:30 happens twice on 25 October 2026; open both times.
    const small = [rule({ byDay: EVERY_DAY, opensAt: '01:00', closesAt: '02:00' })]
    expect(openingStatus(small, new Date('2026-10-25T00:30:00Z')).state).toBe('open')
    expect(openingStatus(small, new Date('2026-10-25T01:30:00Z')).state).toBe('open')
    expect(openingStatus(small, new Date('2026-10-25T02:00:00Z')).state).toBe('closed')
  })
})

describe('openingStatus: open round the clock', () => {
  const times = [
    '2026-07-01T03:00+01:00',
    '2026-07-04T23:59+01:00',
    '2026-03-29T01:30:00Z',
    '2026-10-25T01:30:00Z',
  ]

  it.each([
    ['00:00', '23:59'],
    ['00:00', '24:00'],
    ['00:00', '00:00'],
    ['08:00', '08:00'],
  ])('treats %s to %s on all seven days as 24 hours', (opensAt, closesAt) => {
    const allDay = [rule({ byDay: EVERY_DAY, opensAt, closesAt })]
    for (const time of times) expect(statusAt(allDay, time)).toEqual({ state: 'open' })
  })

  it('does not read equal times on some days only as 24 hours', () => {
    const unclear = [rule({ opensAt: '09:00', closesAt: '09:00' })]
    expect(statusAt(unclear, '2026-07-01T12:00+01:00')).toEqual({
      state: 'unknown',
      reason: 'no-hours',
    })
  })

  it('gives a closing time only when it falls in the next 24 hours', () => {
    const weekend = [rule({ byDay: ['SA', 'SU'], opensAt: '00:00', closesAt: '23:59' })]
    expect(statusAt(weekend, '2026-07-04T10:00+01:00')).toEqual({ state: 'open' })
    expect(statusAt(weekend, '2026-07-05T10:00+01:00')).toEqual({
      state: 'open',
      closesAt: '23:59',
    })
  })
})
