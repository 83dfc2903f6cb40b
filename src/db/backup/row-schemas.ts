import * as v from 'valibot'
import type { SavedItemKind } from '../rows.ts'
import { BACKUP_LIMITS } from './backup-format.ts'
import type { FieldRule } from './backup-detail.ts'
import { JSON_DATA_MESSAGE, jsonDataProblem } from './json-data.ts'

/*
 * The exact shape of every row an import will accept. Each message is the code of the rule that
 * was broken (backup-detail.ts); backup-detail-words.ts turns it, with where it happened, into a
 * sentence in the page's language. Objects are strict: a field we do not know is an error, not
 * something to keep.
 */

/** A rule's code as a valibot message, checked against the codes that have words. */
export const rule = (code: FieldRule): FieldRule => code

const text = v.pipe(
  v.string(rule('should-be-text')),
  v.maxLength(BACKUP_LIMITS.textLength, rule('too-long-text')),
)

const id = v.pipe(v.string(rule('should-be-id')), v.uuid(rule('not-valid-id')))

/** True for a date that is on the calendar: browsers quietly read 30 February as 2 March. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An ISO 8601 date and time (as `toISOString` writes) that is also a real moment. */
export const instant = v.pipe(
  v.string(rule('should-be-date-time')),
  v.isoTimestamp(rule('not-readable-date-time')),
  v.check(
    (value) => isCalendarDate(value) && !Number.isNaN(Date.parse(value)),
    rule('not-real-date-time'),
  ),
)

const zeroToTen = v.pipe(
  v.number(rule('should-be-number')),
  v.integer(rule('should-be-whole-number')),
  v.minValue(0, rule('should-be-0-to-10')),
  v.maxValue(10, rule('should-be-0-to-10')),
)

const words = v.pipe(
  v.array(text, rule('should-be-list')),
  v.maxLength(BACKUP_LIMITS.wordsPerList, rule('too-many-words')),
)

// Which data rule was broken is worked out again from the input, with the part it names.
const jsonData = v.custom<Record<string, unknown>>(
  (value) => jsonDataProblem(value) === undefined,
  JSON_DATA_MESSAGE,
)

export const checkInRowSchema = v.strictObject({
  id,
  at: instant,
  mood: v.picklist([1, 2, 3, 4, 5], rule('should-be-mood')),
  feelings: words,
  happenings: words,
  note: v.optional(text),
  unsafe: v.optional(v.boolean(rule('should-be-true-or-false'))),
  ons: v.optional(
    v.strictObject({
      lifeSatisfaction: v.optional(zeroToTen),
      worthwhile: v.optional(zeroToTen),
      happiness: v.optional(zeroToTen),
      anxiety: v.optional(zeroToTen),
    }),
  ),
  updatedAt: v.optional(instant),
})

export const goalRowSchema = v.strictObject({
  id,
  title: text,
  createdAt: instant,
  archivedAt: v.optional(instant),
})

export const goalRatingRowSchema = v.strictObject({
  id,
  goalId: id,
  at: instant,
  rating: zeroToTen,
})

const savedItemKinds = ['article', 'tool', 'service'] as const satisfies readonly SavedItemKind[]

export const savedItemRowSchema = v.strictObject({
  id,
  kind: v.picklist(savedItemKinds, rule('should-be-saved-kind')),
  ref: text,
  title: text,
  savedAt: instant,
})

export const toolEntryRowSchema = v.strictObject({
  id,
  tool: text,
  updatedAt: instant,
  data: jsonData,
})

export const documentRowSchema = v.strictObject({
  id: v.picklist(['safety-plan', 'about-me', 'coping-kit'], rule('not-known-page')),
  updatedAt: instant,
  data: jsonData,
})

/** The schema each table's rows must match, by table. */
export const rowSchemas = {
  checkIns: checkInRowSchema,
  goals: goalRowSchema,
  goalRatings: goalRatingRowSchema,
  savedItems: savedItemRowSchema,
  toolEntries: toolEntryRowSchema,
  documents: documentRowSchema,
} as const
