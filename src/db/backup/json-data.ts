import { BACKUP_LIMITS } from './backup-format.ts'
import type { JsonDataRule } from './backup-detail.ts'

/** How deep the free-form data of a tool entry or a page (safety plan, About me) may nest. */
const MAX_DEPTH = 12
const MAX_ITEMS = 10_000
const MAX_KEY_LENGTH = 200
// JSON.parse makes these ordinary keys, but code that later copies or merges objects may not.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The valibot message of a data check that failed: the rule is read again from the input. */
export const JSON_DATA_MESSAGE = 'json-data'

/** What is wrong with free-form data; `name` is the forbidden part's name. */
export interface JsonDataProblem {
  rule: JsonDataRule
  name?: string
}

/**
 * Checks the free-form `data` of a tool entry or page: an object of plain JSON values within
 * our limits. Returns what is wrong, or undefined when it is fine. Each tool and page checks its
 * own fields when it reads them, so here we only keep out what could do harm.
 */
export function jsonDataProblem(value: unknown): JsonDataProblem | undefined {
  if (!isPlainObject(value)) return { rule: 'data-not-group' }
  return valueProblem(value, 1)
}

function valueProblem(value: unknown, depth: number): JsonDataProblem | undefined {
  if (value === null || typeof value === 'boolean') return undefined
  if (typeof value === 'string') {
    return value.length > BACKUP_LIMITS.textLength ? { rule: 'data-long-text' } : undefined
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : { rule: 'data-number-too-big' }
  }
  if (depth > MAX_DEPTH) return { rule: 'data-too-deep' }
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return { rule: 'data-list-too-long' }
    for (const item of value) {
      const problem = valueProblem(item, depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
    if (keys.length > MAX_ITEMS) return { rule: 'data-too-many-parts' }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { rule: 'data-forbidden-name', name: key }
      if (key.length > MAX_KEY_LENGTH) return { rule: 'data-name-too-long' }
      const problem = valueProblem(value[key], depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  return { rule: 'data-not-plain' }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
