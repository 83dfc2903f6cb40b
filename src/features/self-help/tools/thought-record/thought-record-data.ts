import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import * as v from 'valibot'

export const THOUGHT_RECORD_TOOL = 'thought-record'

/** The feelings to pick from, by their English names: records keep these, whatever the language. */
/* eslint-disable lingui/no-unlocalized-strings -- ids; their words are in feelingWords */
export const feelingNames = [
  'Worried',
  'Scared',
  'Sad',
  'Angry',
  'Frustrated',
  'Embarrassed',
  'Ashamed',
  'Guilty',
  'Lonely',
  'Hurt',
  'Jealous',
  'Stressed',
] as const
/* eslint-enable lingui/no-unlocalized-strings */

type FeelingName = (typeof feelingNames)[number]

const feelingWords: Record<FeelingName, MessageDescriptor> = {
  Worried: msg`Worried`,
  Scared: msg`Scared`,
  Sad: msg`Sad`,
  Angry: msg`Angry`,
  Frustrated: msg`Frustrated`,
  Embarrassed: msg`Embarrassed`,
  Ashamed: msg`Ashamed`,
  Guilty: msg`Guilty`,
  Lonely: msg`Lonely`,
  Hurt: msg`Hurt`,
  Jealous: msg`Jealous`,
  Stressed: msg`Stressed`,
}

/** A feeling in the interface language; a name we do not know is shown as it was saved. */
export function feelingLabel(name: string, i18n: I18n): string {
  return Object.hasOwn(feelingWords, name) ? i18n._(feelingWords[name as FeelingName]) : name
}

const Strength = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))

const FeelingSchema = v.object({
  name: v.string(),
  /** How strong the feeling was at the time, 0 to 100. */
  before: v.optional(Strength),
  /** How strong it is after the record is done. */
  after: v.optional(Strength),
})

export const ThoughtRecordSchema = v.object({
  situation: v.string(),
  feelings: v.array(FeelingSchema),
  thought: v.string(),
  evidenceFor: v.string(),
  evidenceAgainst: v.string(),
  balancedThought: v.string(),
  feelNow: v.string(),
})

export type ThoughtRecord = v.InferOutput<typeof ThoughtRecordSchema>

/** The form as typed: strengths are still the text in their number boxes. */
export interface ThoughtDraft {
  situation: string
  feelings: { name: string; before: string; after: string }[]
  thought: string
  evidenceFor: string
  evidenceAgainst: string
  balancedThought: string
  feelNow: string
}

export type TextPart = Exclude<keyof ThoughtDraft, 'feelings'>

export const emptyThoughtDraft: ThoughtDraft = {
  situation: '',
  feelings: [],
  thought: '',
  evidenceFor: '',
  evidenceAgainst: '',
  balancedThought: '',
  feelNow: '',
}

/** A strength typed by hand, kept within 0 to 100; blank stays blank. */
export function parseStrength(text: string): number | undefined {
  if (text.trim() === '') return undefined
  const value = Number(text)
  if (!Number.isFinite(value)) return undefined
  return Math.min(100, Math.max(0, Math.round(value)))
}

export function toThoughtRecord(draft: ThoughtDraft): ThoughtRecord {
  return {
    situation: draft.situation.trim(),
    feelings: draft.feelings.map(({ name, before, after }) => {
      const feeling: ThoughtRecord['feelings'][number] = { name }
      const beforeValue = parseStrength(before)
      const afterValue = parseStrength(after)
      if (beforeValue !== undefined) feeling.before = beforeValue
      if (afterValue !== undefined) feeling.after = afterValue
      return feeling
    }),
    thought: draft.thought.trim(),
    evidenceFor: draft.evidenceFor.trim(),
    evidenceAgainst: draft.evidenceAgainst.trim(),
    balancedThought: draft.balancedThought.trim(),
    feelNow: draft.feelNow.trim(),
  }
}

/** Nothing chosen or written: there is nothing worth saving. */
export function isBlank(record: ThoughtRecord): boolean {
  const { feelings, ...texts } = record
  return feelings.length === 0 && Object.values(texts).every((text) => text === '')
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text
}

/** A short name for a record in a list: what happened, or else the thought. */
export function recordTitle(record: ThoughtRecord, i18n: I18n): string {
  return shorten(record.situation || record.thought || i18n._(msg`A thought record`))
}
