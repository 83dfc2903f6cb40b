import { listCheckIns } from '../check-ins.ts'
import type { CheckInRow } from '../rows.ts'
import { toCsv, type CsvCell } from './csv.ts'

const COLUMNS: readonly [heading: string, cell: (row: CheckInRow) => CsvCell][] = [
  ['Date and time', (row) => row.at],
  ['Mood (1 lowest to 5 best)', (row) => row.mood],
  ['Feelings', (row) => row.feelings.join('; ')],
  ['What was going on', (row) => row.happenings.join('; ')],
  ['Note', (row) => row.note],
  ['Did not feel safe', (row) => (row.unsafe ? 'yes' : '')],
  ['Life satisfaction (0 to 10)', (row) => row.ons?.lifeSatisfaction],
  ['Worthwhile (0 to 10)', (row) => row.ons?.worthwhile],
  ['Happiness (0 to 10)', (row) => row.ons?.happiness],
  ['Anxiety (0 to 10)', (row) => row.ons?.anxiety],
  ['Changed on', (row) => row.updatedAt],
]

/** Check-ins as a spreadsheet: one row each, oldest first. */
export function checkInsToCsv(rows: readonly CheckInRow[]): string {
  return toCsv([
    COLUMNS.map(([heading]) => heading),
    ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row))),
  ])
}

export async function exportCheckInsCsv(): Promise<string> {
  return checkInsToCsv(await listCheckIns())
}
