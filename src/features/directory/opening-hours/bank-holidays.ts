import * as v from 'valibot'
import { parseIsoDate } from './civil-date.ts'
import table from './bank-holidays.json'

/** The UK's bank holiday calendars: England and Wales share one. */
export type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland'

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))

// Written by scripts/directory/build-bank-holidays.ts; checked here because it is a file the
// app trusts for a safety decision.
const TableSchema = v.object({
  generatedAt: v.string(),
  source: v.string(),
  years: v.object({ first: v.number(), last: v.number() }),
  nations: v.object({
    'england-and-wales': v.array(IsoDate),
    scotland: v.array(IsoDate),
    'northern-ireland': v.array(IsoDate),
  }),
})

const parsed = v.parse(TableSchema, table)

export const BANK_HOLIDAY_YEARS: Readonly<{ first: number; last: number }> = parsed.years

// Day numbers in a Set: the status check looks up 16 days per service per call.
const byNation = new Map<Nation, ReadonlySet<number>>(
  (Object.keys(parsed.nations) as Nation[]).map((nation) => [
    nation,
    new Set(parsed.nations[nation].map((date) => parseIsoDate(date) ?? Number.NaN)),
  ]),
)

/**
 * True on a bank holiday, and also on any day in a year the table does not cover: there we
 * cannot tell, and "open" must never be claimed on a day that may be a bank holiday.
 */
export function mayBeBankHoliday(nation: Nation, dayNum: number, year: number): boolean {
  if (year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) return true
  return byNation.get(nation)?.has(dayNum) ?? true
}
