import type * as v from 'valibot'
import { isBackupTable, TABLE_NOUNS } from './backup-format.ts'

type Key = string | number

/** Where in the file, in words: "Check-in 4", "The goals", or nothing for the top level. */
export function placeInFile(keys: readonly Key[]): { where: string; rest: Key[] } {
  const [first, table, index, ...rest] = keys
  if (first === 'tables' && isBackupTable(table)) {
    const [one, many] = TABLE_NOUNS[table]
    if (typeof index === 'number') return { where: `${capitalise(one)} ${index + 1}`, rest }
    return { where: `The ${many}`, rest: index === undefined ? [] : [index, ...rest] }
  }
  return { where: '', rest: keys.slice() }
}

function fieldName(rest: readonly Key[]): string {
  const parts = rest.map((key) => (typeof key === 'number' ? `item ${key + 1}` : key))
  return `“${parts.join(' › ')}”`
}

/** One valibot issue as a sentence a person can act on. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix: readonly Key[] = []): string {
  const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as Key)]
  const lastOrigin = issue.path?.at(-1)?.origin
  if (issue.type === 'strict_object' && lastOrigin === 'key') {
    const { where, rest } = placeInFile(keys.slice(0, -1))
    const name = String(keys.at(-1))
    const owner = [where, rest.length > 0 ? fieldName(rest) : ''].filter(Boolean).join(': ')
    if (issue.input === undefined) {
      if (keys.length === 2 && keys[0] === 'tables' && isBackupTable(name)) {
        return `The ${TABLE_NOUNS[name][1]} are missing.`
      }
      return owner ? `${owner}: “${name}” is missing.` : `“${name}” is missing.`
    }
    return `${owner || 'This file'} has something Harbour does not know: “${name}”.`
  }
  const { where, rest } = placeInFile(keys)
  const message =
    issue.type === 'strict_object' ? 'is not shaped the way Harbour expects' : issue.message
  if (!where) return `${rest.length > 0 ? fieldName(rest) : 'This file'} ${message}.`
  return rest.length > 0 ? `${where}: ${fieldName(rest)} ${message}.` : `${where} ${message}.`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
