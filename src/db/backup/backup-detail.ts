import type { BackupTable } from './backup-format.ts'

/*
 * One thing wrong with a backup file, as data: which record, which field and which rule it broke.
 * The words are made in one place (backup-detail-words.ts), so each language can order the
 * sentence its own way.
 */

/** A row of a table, counted from 1 as a person would count it. */
export interface RecordRef {
  table: BackupTable
  number: number
}

/** The way to a field: names, and list positions counted from 0 as the file holds them. */
export type FieldPath = readonly (string | number)[]

/** What can be wrong with the free-form data of a tool entry or a page. */
export const JSON_DATA_RULES = [
  'data-not-group',
  'data-long-text',
  'data-number-too-big',
  'data-too-deep',
  'data-list-too-long',
  'data-too-many-parts',
  'data-forbidden-name',
  'data-name-too-long',
  'data-not-plain',
  'data-damaged',
] as const

export type JsonDataRule = (typeof JSON_DATA_RULES)[number]

/** The rules a field of a record can break, each with its own sentence. */
export const FIELD_RULES = [
  'missing',
  'not-shaped',
  'should-be-text',
  'too-long-text',
  'should-be-id',
  'not-valid-id',
  'should-be-date-time',
  'not-readable-date-time',
  'not-real-date-time',
  'should-be-number',
  'should-be-whole-number',
  'should-be-0-to-10',
  'should-be-list',
  'too-many-words',
  'should-be-mood',
  'should-be-true-or-false',
  'should-be-saved-kind',
  'not-known-page',
  'wrong-version',
  ...JSON_DATA_RULES,
] as const

export type FieldRule = (typeof FIELD_RULES)[number]

/** The rules a field at the top of the file (outside any record) can break. */
export const FILE_FIELD_RULES = [
  'missing',
  'not-shaped',
  'should-be-date-time',
  'not-readable-date-time',
  'not-real-date-time',
  'wrong-version',
] as const satisfies readonly FieldRule[]

export type FileFieldRule = (typeof FILE_FIELD_RULES)[number]

/** The rules a whole table can break. */
export const TABLE_RULES = ['missing', 'not-shaped', 'should-be-list', 'too-many-records'] as const

export type TableRule = (typeof TABLE_RULES)[number]

export type BackupDetail =
  /** "Check-in 4: “at” should be a date and time." `name` is the part a data rule names. */
  | { kind: 'field'; record: RecordRef; field: FieldPath; rule: FieldRule; name?: string }
  /** "“exportedAt” should be a date and time." */
  | { kind: 'file-field'; field: FieldPath; rule: FileFieldRule }
  /** "Check-in 4 is not shaped the way Harbour expects." */
  | { kind: 'record-not-shaped'; record: RecordRef }
  /** "The goals should be a list." */
  | { kind: 'table'; table: BackupTable; rule: TableRule }
  /** "Goal 1 has something Harbour does not know: “colour”." */
  | { kind: 'unknown-part'; record?: RecordRef; field?: FieldPath; name: string }
  /** "Goal 3 is the same as goal 1." */
  | { kind: 'duplicate'; table: BackupTable; number: number; sameAs: number }
  /** "This file is not shaped the way Harbour expects." */
  | { kind: 'file-not-shaped' }

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value)
}
