import { describe, expect, it } from 'vitest'
import { readSchedule } from './opening-rules.ts'
import { newLog } from './report.ts'

function read(schedule: Record<string, unknown>) {
  const log = newLog()
  const { rule, attending } = readSchedule({ id: 's1', ...schedule }, 1, log)
  return { rule, attending, ...log }
}

const weekly = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR' }

describe('overnight periods', () => {
  it('keeps a real overnight period, such as Friday 20:00 to 02:00', () => {
    const { rule, repairs } = read({
      freq: 'WEEKLY',
      byday: 'FR',
      opens_at: '20:00',
      closes_at: '02:00',
    })
    expect(rule).toEqual({ freq: 'WEEKLY', byDay: ['FR'], opensAt: '20:00', closesAt: '02:00' })
    expect(repairs).toEqual([])
  })

  it('keeps "5pm to midnight" (17:00 to 00:00) and a 12-hour night', () => {
    expect(read({ ...weekly, opens_at: '17:00', closes_at: '00:00' }).rule?.closesAt).toBe('00:00')
    expect(read({ ...weekly, opens_at: '20:00', closes_at: '08:00' }).rule).toBeDefined()
  })

  it('drops a period that would last more than 12 hours overnight', () => {
    const { rule, repairs } = read({ ...weekly, opens_at: '17:00', closes_at: '09:00' })
    expect(rule).toBeUndefined()
    expect(repairs).toEqual([
      'schedule s1 closes at 09:00 before it opens at 17:00 (an overnight period of 16 hours, ' +
        'longer than 12) — dropped',
    ])
  })

  it('drops equal times, except 00:00 to 00:00, read as all day', () => {
    expect(read({ ...weekly, opens_at: '09:00', closes_at: '09:00' }).rule).toBeUndefined()
    const allDay = read({ ...weekly, opens_at: '00:00', closes_at: '00:00' })
    expect(allDay.rule).toMatchObject({ opensAt: '00:00', closesAt: '23:59' })
    expect(allDay.repairs).toHaveLength(1)
  })
})

describe('times', () => {
  it('reads HH:MM:SS, one-digit hours and 24:00', () => {
    expect(read({ ...weekly, opens_at: '9:00', closes_at: '17:30:00' }).rule).toMatchObject({
      opensAt: '09:00',
      closesAt: '17:30',
    })
    expect(read({ ...weekly, opens_at: '18:00', closes_at: '24:00' }).rule?.closesAt).toBe('00:00')
  })

  it('reads a UTC offset as UK local time, with a warning', () => {
    const { rule, warnings } = read({ ...weekly, opens_at: '09:00Z', closes_at: '17:00+01:00' })
    expect(rule).toMatchObject({ opensAt: '09:00', closesAt: '17:00' })
    expect(warnings[0]).toMatch(/UTC offset .* read as UK local time/)
  })

  it('drops a rule with a missing or impossible time', () => {
    expect(read({ ...weekly, opens_at: '09:00' }).repairs).toEqual([
      'schedule s1 has no closing time — dropped',
    ])
    expect(read({ ...weekly, opens_at: '25:00', closes_at: '26:00' }).repairs).toEqual([
      'schedule s1 opens_at "25:00" is not a time (HH:MM); closes_at "26:00" is not a time (HH:MM) — dropped',
    ])
    expect(read({ ...weekly, opens_at: '24:30', closes_at: '09:00' }).rule).toBeUndefined()
  })
})

describe('days and repeats', () => {
  it('reads MONTHLY ordinals and RRULE fields', () => {
    const { rule } = read({
      freq: 'MONTHLY',
      byday: '2MO, -1TH',
      opens_at: '18:00',
      closes_at: '20:00',
      dtstart: '2026-12-14',
      description: '  Second Monday and last Thursday  ',
    })
    expect(rule).toEqual({
      freq: 'MONTHLY',
      byDay: ['2MO', '-1TH'],
      dtstart: '2026-12-14',
      opensAt: '18:00',
      closesAt: '20:00',
      description: 'Second Monday and last Thursday',
    })
  })

  it('reads MONTHLY by date, and fortnightly with a start date', () => {
    const times = { opens_at: '10:00', closes_at: '12:00' }
    expect(read({ freq: 'MONTHLY', bymonthday: '1,15', ...times }).rule).toMatchObject({
      byDay: [],
      byMonthDay: [1, 15],
    })
    expect(read({ ...weekly, interval: 2, dtstart: '2026-12-03', ...times }).rule).toMatchObject({
      interval: 2,
      dtstart: '2026-12-03',
    })
  })

  it('drops a repeat it cannot place', () => {
    const times = { opens_at: '10:00', closes_at: '12:00' }
    expect(read({ ...weekly, interval: 2, ...times }).repairs[0]).toMatch(
      /every 2 but has no dtstart/,
    )
    expect(read({ ...weekly, interval: 0, ...times }).rule).toBeUndefined()
    expect(read({ freq: 'YEARLY', byday: 'MO', ...times }).rule).toBeUndefined()
    expect(read({ freq: 'WEEKLY', byday: 'XX', ...times }).repairs).toEqual([
      'schedule s1 byday "XX" is not a day — left out',
      'schedule s1 says no day it is open — dropped',
    ])
  })

  it('repairs what has one clear meaning, and says so', () => {
    const times = { opens_at: '10:00', closes_at: '12:00' }
    expect(read({ byday: 'Monday, wed', ...times })).toMatchObject({
      rule: { freq: 'WEEKLY', byDay: ['MO', 'WE'] },
      repairs: ['schedule s1 has no freq — read as WEEKLY'],
    })
    expect(read({ freq: 'daily', ...times }).rule?.byDay).toEqual([
      'MO',
      'TU',
      'WE',
      'TH',
      'FR',
      'SA',
      'SU',
    ])
    expect(read({ freq: 'WEEKLY', byday: '1WE', ...times }).rule).toMatchObject({
      freq: 'MONTHLY',
      byDay: ['1WE'],
    })
    expect(read({ freq: 'WEEKLY', dtstart: '2026-11-26', ...times }).rule?.byDay).toEqual(['TH'])
    const reversed = read({ ...weekly, valid_from: '2027-07-21', valid_to: '2027-06-07', ...times })
    expect(reversed.rule).toMatchObject({ validFrom: '2027-06-07', validTo: '2027-07-21' })
    expect(reversed.repairs).toEqual([
      'schedule s1 valid_to 2027-06-07 is before valid_from 2027-07-21 — swapped',
    ])
  })

  it('drops a rule whose dates are not dates, rather than apply it forever', () => {
    const { rule, repairs } = read({
      ...weekly,
      opens_at: '10:00',
      closes_at: '12:00',
      valid_to: '31/12/2026',
    })
    expect(rule).toBeUndefined()
    expect(repairs).toEqual([
      'schedule s1 valid_to "31/12/2026" is not a date (YYYY-MM-DD) — dropped',
    ])
  })

  it('passes attending words on for delivery modes, even when the rule is dropped', () => {
    expect(read({ attending_type: 'In person, group' }).attending).toEqual(['In person, group'])
  })
})
