/**
 * Writes src/features/directory/opening-hours/bank-holidays.json, the UK bank holiday table the
 * app ships, so that no holiday library reaches the phone.
 *
 *   npx tsx scripts/directory/build-bank-holidays.ts
 *
 * Run it again when date-holidays is updated or a one-off bank holiday is announced, and before
 * the last year covered. Set SOURCE_DATE_EPOCH (seconds) to pin `generatedAt` for a reproducible
 * build; otherwise it is today's date, so runs on the same day write identical bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Holidays from 'date-holidays'
import * as prettier from 'prettier'

export const FIRST_YEAR = 2024
export const LAST_YEAR = 2036

export type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland'

/** date-holidays' region for each nation the table covers. */
const REGIONS: Record<Nation, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
}

export interface BankHolidayTable {
  generatedAt: string
  source: string
  years: { first: number; last: number }
  nations: Record<Nation, string[]>
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const OUTPUT = path.join(root, 'src/features/directory/opening-hours/bank-holidays.json')

/**
 * Public holidays only (no observances such as Mother's Day). Both the day itself and its
 * substitute are kept when a holiday falls at a weekend: services often close on both, and the
 * app treats a bank holiday as "check with the service", never as closed.
 */
export function publicHolidays(region: string, first: number, last: number): string[] {
  const calendar = new Holidays('GB', region, { types: ['public'] })
  const dates = new Set<string>()
  for (let year = first; year <= last; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10))
    }
  }
  return [...dates].sort()
}

export function buildBankHolidays(generatedAt: string, source: string): BankHolidayTable {
  const nations = {} as Record<Nation, string[]>
  for (const [nation, region] of Object.entries(REGIONS) as [Nation, string][]) {
    nations[nation] = publicHolidays(region, FIRST_YEAR, LAST_YEAR)
  }
  // One list serves England and Wales; stop if the library ever says they differ.
  const wales = publicHolidays('WLS', FIRST_YEAR, LAST_YEAR)
  if (wales.join() !== nations['england-and-wales'].join()) {
    throw new Error('date-holidays gives Wales different bank holidays from England')
  }
  return { generatedAt, source, years: { first: FIRST_YEAR, last: LAST_YEAR }, nations }
}

function dateHolidaysVersion(): string {
  const file = path.join(root, 'node_modules/date-holidays/package.json')
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string }
  return `date-holidays ${version}`
}

function generatedAt(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH']
  const at = epoch ? new Date(Number(epoch) * 1000) : new Date()
  return at.toISOString().slice(0, 10)
}

async function main(): Promise<void> {
  const table = buildBankHolidays(generatedAt(), dateHolidaysVersion())
  // Formatted as the repo's Prettier settings would, so `prettier --check` stays clean.
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {}
  const text = await prettier.format(JSON.stringify(table), { ...options, parser: 'json' })
  writeFileSync(OUTPUT, text)
  console.log(`Wrote ${path.relative(root, OUTPUT)} (${text.length} bytes)`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
