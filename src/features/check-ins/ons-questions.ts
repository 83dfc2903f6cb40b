import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { OnsAnswers } from '../../db/rows.ts'

/**
 * The ONS personal wellbeing questions ("ONS4"), in their published wording, which the Office for
 * National Statistics makes free to use under the Open Government Licence. They describe how
 * someone feels; they are never a score or a diagnosis.
 */
export type OnsQuestionId = keyof OnsAnswers

export interface OnsQuestion {
  id: OnsQuestionId
  text: MessageDescriptor
  /** Under-16s are not asked this one. */
  sixteenPlusOnly?: boolean
}

export const onsQuestions: readonly OnsQuestion[] = [
  { id: 'lifeSatisfaction', text: msg`Overall, how satisfied are you with your life nowadays?` },
  {
    id: 'worthwhile',
    text: msg`Overall, to what extent do you feel that the things you do in your life are worthwhile?`,
  },
  { id: 'happiness', text: msg`Overall, how happy did you feel yesterday?` },
  { id: 'anxiety', text: msg`Overall, how anxious did you feel yesterday?`, sixteenPlusOnly: true },
]

export const ONS_SOURCE = msg`Questions from the Office for National Statistics (ONS) personal wellbeing measures.`
export const ONS_LICENCE = msg`Contains public sector information licensed under the Open Government Licence v3.0.`

export type AgeBand = 'under-10' | '10-15' | '16-plus'

export const ageBands: readonly { value: AgeBand; label: MessageDescriptor }[] = [
  { value: 'under-10', label: msg`Under 10` },
  { value: '10-15', label: msg`10 to 15` },
  { value: '16-plus', label: msg`16 or over` },
]

/** The questions for an age band: none under 10, and no anxiety question under 16. */
export function onsQuestionsFor(age: AgeBand | undefined): readonly OnsQuestion[] {
  if (age === undefined || age === 'under-10') return []
  return age === '16-plus' ? onsQuestions : onsQuestions.filter((q) => !q.sixteenPlusOnly)
}

/** Offered now and then, not every time: when the last offer was more than this long ago. */
export const ONS_EVERY_DAYS = 14

export function isOnsDue(lastOfferedAt: string | undefined, now: Date): boolean {
  if (lastOfferedAt === undefined) return true
  const last = Date.parse(lastOfferedAt)
  if (Number.isNaN(last)) return true
  return now.getTime() - last > ONS_EVERY_DAYS * 24 * 60 * 60 * 1000
}

/** Keeps only the answers that belong to this age band (an answer given before changing age). */
export function onsAnswersFor(
  age: AgeBand | undefined,
  answers: Readonly<Partial<Record<OnsQuestionId, number>>>,
): OnsAnswers {
  const kept: OnsAnswers = {}
  for (const question of onsQuestionsFor(age)) {
    const answer = answers[question.id]
    if (answer !== undefined) kept[question.id] = answer
  }
  return kept
}
