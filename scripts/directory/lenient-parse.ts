import * as v from 'valibot'
import { show } from './field-schemas.ts'

/** A field that failed its schema: `field` and a message that reads after it. */
export interface FieldProblem {
  field: string
  message: string
}

export type Lenient<T> =
  { ok: true; value: T; dropped: FieldProblem[] } | { ok: false; problems: FieldProblem[] }

type AnyObjectSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>

function isOptional(entry: v.ObjectEntries[string]): boolean {
  return entry.type === 'optional' || entry.type === 'exact_optional' || entry.type === 'nullish'
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Parses an object field by field, so that one bad optional field costs only that field: real
 * feeds are messy, and a wrong email must not hide a service. A bad or missing required field
 * fails the whole object. `null` counts as absent, as many feeds write it for "not given".
 */
export function parseLeniently<TSchema extends AnyObjectSchema>(
  schema: TSchema,
  input: unknown,
): Lenient<v.InferOutput<TSchema>> {
  if (!isRecord(input)) {
    return { ok: false, problems: [{ field: '', message: `is ${show(input)}, not an object` }] }
  }
  const kept: Record<string, unknown> = {}
  const dropped: FieldProblem[] = []
  const problems: FieldProblem[] = []
  for (const [field, entry] of Object.entries(schema.entries)) {
    const raw = Object.hasOwn(input, field) ? input[field] : undefined
    if (raw === undefined || raw === null) {
      if (!isOptional(entry)) problems.push({ field, message: 'is missing' })
      continue
    }
    const result = v.safeParse(entry, raw)
    if (result.success) {
      kept[field] = raw
      continue
    }
    const message = result.issues[0]?.message ?? 'is not valid'
    ;(isOptional(entry) ? dropped : problems).push({ field, message })
  }
  if (problems.length > 0) return { ok: false, problems }
  // Every kept field passed on its own, so the whole passes; parsing again gives typed output.
  const whole = v.safeParse(schema, kept)
  if (!whole.success) {
    return { ok: false, problems: [{ field: '', message: whole.issues[0]?.message ?? '?' }] }
  }
  return { ok: true, value: whole.output, dropped }
}

/** "email "x" is not an email address; url is missing" */
export function describeProblems(problems: readonly FieldProblem[]): string {
  return problems.map(({ field, message }) => (field ? `${field} ${message}` : message)).join('; ')
}
