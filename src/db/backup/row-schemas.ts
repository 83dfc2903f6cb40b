import * as v from 'valibot'
import type { SavedItemKind } from '../rows.ts'
import { BACKUP_LIMITS } from './backup-format.ts'
import { jsonDataProblem } from './json-data.ts'

/*
 * The exact shape of every row an import will accept. Each message is the end of a sentence that
 * starts with where the problem is ("Check-in 4: its “at” …"), so a person can be told plainly
 * what is wrong. Objects are strict: a field we do not know is an error, not something to keep.
 */

const longest = BACKUP_LIMITS.textLength.toLocaleString('en-GB')

const text = v.pipe(
  v.string('should be text'),
  v.maxLength(BACKUP_LIMITS.textLength, `is longer than ${longest} characters`),
)

const id = v.pipe(v.string('should be an id'), v.uuid('is not a valid id'))

/** True for a date that is on the calendar: browsers quietly read 30 February as 2 March. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An ISO 8601 date and time (as `toISOString` writes) that is also a real moment. */
export const instant = v.pipe(
  v.string('should be a date and time'),
  v.isoTimestamp('is not a date and time Harbour can read'),
  v.check(
    (value) => isCalendarDate(value) && !Number.isNaN(Date.parse(value)),
    'is not a real date and time',
  ),
)

const zeroToTen = v.pipe(
  v.number('should be a number'),
  v.integer('should be a whole number'),
  v.minValue(0, 'should be from 0 to 10'),
  v.maxValue(10, 'should be from 0 to 10'),
)

const words = v.pipe(
  v.array(text, 'should be a list'),
  v.maxLength(BACKUP_LIMITS.wordsPerList, 'has too many words in it'),
)

const jsonData = v.custom<Record<string, unknown>>(
  (value) => jsonDataProblem(value) === undefined,
  (issue) => jsonDataProblem(issue.input) ?? 'is damaged',
)

export const checkInRowSchema = v.strictObject({
  id,
  at: instant,
  mood: v.picklist([1, 2, 3, 4, 5], 'should be a mood from 1 to 5'),
  feelings: words,
  happenings: words,
  note: v.optional(text),
  unsafe: v.optional(v.boolean('should be true or false')),
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
  kind: v.picklist(savedItemKinds, 'should be an article, a tool or a service'),
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
  id: v.picklist(
    ['safety-plan', 'about-me', 'coping-kit'],
    'is not a page Harbour knows (safety plan, About me or coping kit)',
  ),
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
