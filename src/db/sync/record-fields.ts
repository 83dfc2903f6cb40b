import { PERSONAL_TABLES, type PersonalRows, type PersonalTable } from '../sealing.ts'

/**
 * How a record is split into fields for sync, so that two devices changing different parts of
 * the same record both keep their change. A document's or tool entry's `data` is split one level
 * further (`data.reasons`, `data.people` …): the safety plan's parts are separate fields. A field
 * that is not there is `null` in sync, so that removing something (a note, an end date) is a
 * change like any other.
 */
export type Fields = Record<string, unknown>

const SPLIT_DATA: ReadonlySet<string> = new Set(['documents', 'toolEntries'])
const DATA_PREFIX = 'data.'

export function toFields(table: string, row: Record<string, unknown>): Fields {
  const fields: Fields = {}
  for (const [name, value] of Object.entries(row)) {
    if (name === 'id' || value === undefined) continue
    if (SPLIT_DATA.has(table) && name === 'data' && isPlainObject(value)) {
      for (const [key, part] of Object.entries(value)) {
        if (part !== undefined) fields[DATA_PREFIX + key] = part
      }
    } else {
      fields[name] = value
    }
  }
  return fields
}

/** The record again from its fields; fields that are `null` are left out. */
export function fromFields(table: string, id: string, fields: Fields): Record<string, unknown> {
  const row: Record<string, unknown> = { id }
  const data: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue
    if (SPLIT_DATA.has(table) && name.startsWith(DATA_PREFIX))
      data[name.slice(DATA_PREFIX.length)] = value
    else row[name] = value
  }
  if (SPLIT_DATA.has(table)) row['data'] = data
  return row
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null)
}

/** JSON with object keys in order, so equal values compare equal however they were built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    isPlainObject(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : part,
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Tool entries that hold words kept from a sync conflict, not a tool's own data. */
export const KEPT_TEXT_TOOL = 'kept-text'

/**
 * The words a person wrote in a field, when it is one of theirs: these are never thrown away in a
 * conflict. Undefined for fields that are choices (a mood, a date), which simply take the later
 * value.
 */
export function writtenWords(table: string, field: string, value: unknown): string | undefined {
  const free =
    (table === 'checkIns' && field === 'note') ||
    (table === 'goals' && field === 'title') ||
    (SPLIT_DATA.has(table) && field.startsWith(DATA_PREFIX))
  if (!free) return undefined
  const words =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.filter((item) => typeof item === 'string').join('\n')
        : undefined
  return words !== undefined && words.trim().length > 0 ? words : undefined
}

export function isKnownTable(table: string): table is PersonalTable {
  return (PERSONAL_TABLES as readonly string[]).includes(table)
}

export type AnyRow = PersonalRows[PersonalTable]
