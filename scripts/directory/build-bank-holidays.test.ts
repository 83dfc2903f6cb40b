import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildBankHolidays,
  FIRST_YEAR,
  LAST_YEAR,
  OUTPUT,
  type BankHolidayTable,
} from './build-bank-holidays.ts'

const table = buildBankHolidays('2026-11-24', 'test')
const england = table.nations['england-and-wales']
const scotland = table.nations.scotland
const northernIreland = table.nations['northern-ireland']

describe('buildBankHolidays', () => {
  it('covers 2024 to 2036 for each nation', () => {
    expect(table.years).toEqual({ first: 2024, last: 2036 })
    for (const dates of Object.values(table.nations)) {
      expect(dates[0]?.startsWith(String(FIRST_YEAR))).toBe(true)
      expect(dates.at(-1)?.startsWith(String(LAST_YEAR))).toBe(true)
    }
  })

  it('lists England and Wales 2026 with the Boxing Day substitute day', () => {
    expect(england.filter((date) => date.startsWith('2026-'))).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
    ])
  })

  it('gives Scotland 2 January and St Andrew’s Day, and not Easter Monday', () => {
    expect(scotland).toContain('2026-01-02')
    expect(scotland).toContain('2026-11-30')
    // 2 January 2027 is a Saturday: the substitute is Monday 4 January.
    expect(scotland).toContain('2027-01-04')
    expect(scotland).not.toContain('2026-04-06')
    expect(england).not.toContain('2026-01-02')
  })

  it('gives Northern Ireland St Patrick’s Day and 12 July', () => {
    expect(northernIreland).toContain('2026-03-17')
    expect(northernIreland).toContain('2026-07-12')
    expect(northernIreland).toContain('2030-07-12')
    expect(england).not.toContain('2026-03-17')
  })

  it('keeps no observances, only public holidays', () => {
    // Mother's Day 2026 (Sunday 15 March) is an observance in date-holidays.
    expect(england).not.toContain('2026-03-15')
  })

  it('writes sorted, unique dates so the file is the same on every run', () => {
    for (const dates of Object.values(table.nations)) {
      expect(dates).toEqual([...new Set(dates)].sort())
      for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(buildBankHolidays('2026-11-24', 'test')).toEqual(table)
  })
})

describe('bank-holidays.json', () => {
  it('is up to date with date-holidays (run the script if this fails)', () => {
    const written = JSON.parse(readFileSync(OUTPUT, 'utf8')) as BankHolidayTable
    expect(written.nations).toEqual(table.nations)
    expect(written.years).toEqual(table.years)
  })
})
