/*
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. A cell that starts with
 * = + - @ (or a tab or carriage return) could run as a formula, so it gets a leading apostrophe,
 * as OWASP's CSV injection guidance advises; the spreadsheet then shows it as plain text.
 */

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

export type CsvCell = string | number | boolean | undefined | null

export function csvCell(value: CsvCell): string {
  if (value === undefined || value === null) return ''
  let text = String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Rows joined with CRLF, as the standard says. The byte order mark lets spreadsheet programs
 * that would otherwise guess the wrong encoding show accents and emoji correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
