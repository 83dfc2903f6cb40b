import type * as v from 'valibot'
import { isBackupTable, type BackupTable } from './backup-format.ts'
import {
  FIELD_RULES,
  FILE_FIELD_RULES,
  TABLE_RULES,
  isOneOf,
  type BackupDetail,
  type FieldRule,
  type RecordRef,
} from './backup-detail.ts'
import { JSON_DATA_MESSAGE, jsonDataProblem } from './json-data.ts'

type Key = string | number

type Place =
  | { kind: 'record'; record: RecordRef; rest: Key[] }
  | { kind: 'table'; table: BackupTable; rest: Key[] }
  | { kind: 'file'; rest: Key[] }

/** Where in the file: a record ("Check-in 4"), a whole table ("The goals"), or the top level. */
function placeInFile(keys: readonly Key[]): Place {
  const [first, table, index, ...rest] = keys
  if (first === 'tables' && isBackupTable(table)) {
    if (typeof index === 'number')
      return { kind: 'record', record: { table, number: index + 1 }, rest }
    return { kind: 'table', table, rest: index === undefined ? [] : [index, ...rest] }
  }
  return { kind: 'file', rest: keys.slice() }
}

/** The rule a valibot issue broke, from the code its message holds. */
function ruleOf(issue: v.BaseIssue<unknown>): { rule: FieldRule; name?: string } {
  // A value that should be an object but is not: whatever the schema's message says.
  if (issue.type === 'strict_object') return { rule: 'not-shaped' }
  if (issue.message === JSON_DATA_MESSAGE) {
    const problem = jsonDataProblem(issue.input)
    return problem ?? { rule: 'data-damaged' }
  }
  return { rule: isOneOf(FIELD_RULES, issue.message) ? issue.message : 'not-shaped' }
}

/** One valibot issue as what is wrong and where, for backup-detail-words.ts to put into words. */
export function issueDetail(
  issue: v.BaseIssue<unknown>,
  prefix: readonly Key[] = [],
): BackupDetail {
  const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as Key)]
  const lastOrigin = issue.path?.at(-1)?.origin
  if (issue.type === 'strict_object' && lastOrigin === 'key') {
    const place = placeInFile(keys.slice(0, -1))
    const name = String(keys.at(-1))
    if (place.kind === 'table') return { kind: 'table', table: place.table, rule: 'not-shaped' }
    const field = place.rest.length > 0 ? place.rest : undefined
    if (issue.input === undefined) {
      if (keys.length === 2 && keys[0] === 'tables' && isBackupTable(name)) {
        return { kind: 'table', table: name, rule: 'missing' }
      }
      const missing = [...place.rest, name]
      return place.kind === 'record'
        ? { kind: 'field', record: place.record, field: missing, rule: 'missing' }
        : { kind: 'file-field', field: missing, rule: 'missing' }
    }
    return place.kind === 'record'
      ? { kind: 'unknown-part', record: place.record, field, name }
      : { kind: 'unknown-part', field, name }
  }
  const place = placeInFile(keys)
  const { rule, name } = ruleOf(issue)
  switch (place.kind) {
    case 'record':
      if (place.rest.length === 0) return { kind: 'record-not-shaped', record: place.record }
      return name === undefined
        ? { kind: 'field', record: place.record, field: place.rest, rule }
        : { kind: 'field', record: place.record, field: place.rest, rule, name }
    case 'table': {
      const code = issue.type === 'strict_object' ? 'not-shaped' : issue.message
      return {
        kind: 'table',
        table: place.table,
        rule: isOneOf(TABLE_RULES, code) ? code : 'not-shaped',
      }
    }
    case 'file':
      if (place.rest.length === 0) return { kind: 'file-not-shaped' }
      return {
        kind: 'file-field',
        field: place.rest,
        rule: isOneOf(FILE_FIELD_RULES, rule) ? rule : 'not-shaped',
      }
  }
}
