import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { listCheckIns } from '../check-ins.ts'
import type { CheckInRow } from '../rows.ts'
import { toCsv, type CsvCell } from './csv.ts'

const DID_NOT_FEEL_SAFE = msg`yes`

const COLUMNS: readonly [
  heading: MessageDescriptor,
  cell: (row: CheckInRow, i18n: I18n) => CsvCell,
][] = [
  [msg`Date and time`, (row) => row.at],
  [msg`Mood (1 lowest to 5 best)`, (row) => row.mood],
  [msg`Feelings`, (row) => row.feelings.join('; ')],
  [msg`What was going on`, (row) => row.happenings.join('; ')],
  [msg`Note`, (row) => row.note],
  [msg`Did not feel safe`, (row, i18n) => (row.unsafe ? i18n._(DID_NOT_FEEL_SAFE) : '')],
  [msg`Life satisfaction (0 to 10)`, (row) => row.ons?.lifeSatisfaction],
  [msg`Worthwhile (0 to 10)`, (row) => row.ons?.worthwhile],
  [msg`Happiness (0 to 10)`, (row) => row.ons?.happiness],
  [msg`Anxiety (0 to 10)`, (row) => row.ons?.anxiety],
  [msg`Changed on`, (row) => row.updatedAt],
]

/** Check-ins as a spreadsheet, headed in the page's language: one row each, oldest first. */
export function checkInsToCsv(rows: readonly CheckInRow[], i18n: I18n): string {
  return toCsv([
    COLUMNS.map(([heading]) => i18n._(heading)),
    ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row, i18n))),
  ])
}

export async function exportCheckInsCsv(i18n: I18n): Promise<string> {
  return checkInsToCsv(await listCheckIns(), i18n)
}
