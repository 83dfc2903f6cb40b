import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import type { OpeningRule } from '../service-model.ts'
import { describeOpening } from './opening-status.ts'

const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

function rule(fields: Partial<OpeningRule>): OpeningRule {
  return {
    freq: 'WEEKLY',
    byDay: ['MO', 'TU', 'WE', 'TH', 'FR'],
    opensAt: '09:00',
    closesAt: '17:00',
    ...fields,
  }
}

describe('describeOpening', () => {
  it.each<[Partial<OpeningRule>, string]>([
    [{}, 'Monday to Friday, 9am to 5pm'],
    [{ byDay: EVERY_DAY, opensAt: '00:00', closesAt: '23:59' }, 'Every day, open 24 hours'],
    [{ byDay: EVERY_DAY, opensAt: '00:00', closesAt: '24:00' }, 'Every day, open 24 hours'],
    [{ byDay: EVERY_DAY, opensAt: '17:00', closesAt: '00:00' }, 'Every day, 5pm to midnight'],
    [{ byDay: ['FR'], opensAt: '20:00', closesAt: '02:00' }, 'Fridays, 8pm to 2am (the next day)'],
    [
      { byDay: ['MO', 'TU', 'WE', 'TH'], opensAt: '18:00', closesAt: '22:00' },
      'Monday to Thursday, 6pm to 10pm',
    ],
    [
      { byDay: ['TU', 'TH'], opensAt: '10:00', closesAt: '11:30' },
      'Tuesdays and Thursdays, 10am to 11:30am',
    ],
    [
      { byDay: ['SA', 'SU'], opensAt: '12:00', closesAt: '16:00' },
      'Saturdays and Sundays, midday to 4pm',
    ],
    [
      { byDay: ['MO', 'WE', 'FR'], opensAt: '15:45', closesAt: '17:00' },
      'Mondays, Wednesdays and Fridays, 3:45pm to 5pm',
    ],
    [
      { byDay: ['WE'], interval: 2, dtstart: '2026-12-02', opensAt: '18:00', closesAt: '20:00' },
      'Every other Wednesday, 6pm to 8pm, from 2 December 2026',
    ],
    [
      { interval: 3, dtstart: '2026-12-07' },
      'Monday to Friday, every 3 weeks, 9am to 5pm, from 7 December 2026',
    ],
    [
      { freq: 'MONTHLY', byDay: ['2MO'], opensAt: '18:00', closesAt: '20:00' },
      'Second Monday of the month, 6pm to 8pm',
    ],
    [
      { freq: 'MONTHLY', byDay: ['-1TH'], opensAt: '10:00', closesAt: '12:00' },
      'Last Thursday of the month, 10am to midday',
    ],
    [
      { freq: 'MONTHLY', byDay: ['1WE', '3WE'], interval: 2, dtstart: '2026-12-02' },
      'First Wednesday and third Wednesday of every other month, 9am to 5pm, from 2 December 2026',
    ],
    [
      { freq: 'MONTHLY', byDay: [], byMonthDay: [1, 15] },
      'The 1st and 15th of the month, 9am to 5pm',
    ],
    [{ freq: 'MONTHLY', byDay: [], byMonthDay: [-1] }, 'The last day of the month, 9am to 5pm'],
    [
      { freq: 'MONTHLY', byDay: ['FR'], byMonthDay: [13] },
      'Every Friday, when it is the 13th of the month, 9am to 5pm',
    ],
    [
      {
        byDay: ['TU'],
        opensAt: '19:00',
        closesAt: '21:00',
        validFrom: '2027-01-05',
        validTo: '2027-02-09',
      },
      'Tuesdays, 7pm to 9pm, from 5 January 2027 to 9 February 2027',
    ],
    [{ validFrom: '2026-01-05' }, 'Monday to Friday, 9am to 5pm, from 5 January 2026'],
    [{ validTo: '2026-02-13' }, 'Monday to Friday, 9am to 5pm, until 13 February 2026'],
    [{ opensAt: '9am' }, 'Opening times are not clear: check with the service'],
  ])('describes %o as "%s"', (fields, expected) => {
    expect(describeOpening(rule(fields), i18nFor('en'))).toBe(expected)
  })
})

describe('describeOpening in Welsh', () => {
  it('puts days, times and dates into Welsh', () => {
    const cy = i18nFor('cy')
    expect(describeOpening(rule({}), cy)).toBe('Dydd Llun i ddydd Gwener, 9yb i 5yh')
    expect(
      describeOpening(
        rule({ freq: 'MONTHLY', byDay: ['2MO'], opensAt: '18:00', closesAt: '20:00' }),
        cy,
      ),
    ).toBe('Ail ddydd Llun y mis, 6yh i 8yh')
    expect(describeOpening(rule({ validTo: '2026-02-13' }), cy)).toBe(
      'Dydd Llun i ddydd Gwener, 9yb i 5yh, tan 13 Chwefror 2026',
    )
  })
})
