import { BACKUP_LIMITS } from './backup-format.ts'

/** How deep the free-form data of a tool entry or a page (safety plan, About me) may nest. */
const MAX_DEPTH = 12
const MAX_ITEMS = 10_000
const MAX_KEY_LENGTH = 200
// JSON.parse makes these ordinary keys, but code that later copies or merges objects may not.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Checks the free-form `data` of a tool entry or page: an object of plain JSON values within
 * our limits. Returns what is wrong in words, or undefined when it is fine. Each tool and page
 * checks its own fields when it reads them, so here we only keep out what could do harm.
 */
export function jsonDataProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'should be a group of named values'
  return valueProblem(value, 1)
}

function valueProblem(value: unknown, depth: number): string | undefined {
  if (value === null || typeof value === 'boolean') return undefined
  if (typeof value === 'string') {
    return value.length > BACKUP_LIMITS.textLength
      ? `has text longer than ${BACKUP_LIMITS.textLength.toLocaleString('en-GB')} characters`
      : undefined
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : 'has a number that is too big'
  }
  if (depth > MAX_DEPTH) return 'is nested too deeply'
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return 'has a list that is too long'
    for (const item of value) {
      const problem = valueProblem(item, depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
    if (keys.length > MAX_ITEMS) return 'has too many parts'
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `has a part with a name Harbour never uses (“${key}”)`
      if (key.length > MAX_KEY_LENGTH) return 'has a part with a name that is too long'
      const problem = valueProblem(value[key], depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  return 'has something that is not plain text, numbers or lists'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
