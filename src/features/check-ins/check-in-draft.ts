import type { NewCheckIn } from '../../db/check-ins.ts'
import type { Mood } from '../../db/rows.ts'
import { MAX_NOTE_LENGTH } from './check-in-options.ts'
import { onsAnswersFor, type AgeBand, type OnsQuestionId } from './ons-questions.ts'

/** Everything chosen so far. Kept whole while moving between steps, so Back loses nothing. */
export interface CheckInDraft {
  mood?: Mood
  unsafe: boolean
  feelings: string[]
  happenings: string[]
  note: string
  age?: AgeBand
  ons: Partial<Record<OnsQuestionId, number>>
}

export const emptyDraft: CheckInDraft = {
  unsafe: false,
  feelings: [],
  happenings: [],
  note: '',
  ons: {},
}

/**
 * What happened to the wellbeing questions this time. A skipped offer is saved as an empty
 * answer set, so the questions wait another fortnight instead of coming back next time.
 */
export type OnsOutcome = 'not-offered' | 'answered' | 'skipped'

/** Ticks or unticks a value, keeping the order the options are shown in. */
export function toggleChoice(
  chosen: readonly string[],
  value: string,
  order: readonly { value: string }[],
): string[] {
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  const position = (v: string) => order.findIndex((option) => option.value === v)
  return next.sort((a, b) => position(a) - position(b))
}

export function toNewCheckIn(draft: CheckInDraft, ons: OnsOutcome): NewCheckIn {
  if (draft.mood === undefined) throw new Error('A check-in needs a mood before it is saved')
  const note = draft.note.trim().slice(0, MAX_NOTE_LENGTH)
  return {
    mood: draft.mood,
    feelings: [...draft.feelings],
    happenings: [...draft.happenings],
    ...(note ? { note } : {}),
    ...(draft.unsafe ? { unsafe: true } : {}),
    ...(ons === 'answered' ? { ons: onsAnswersFor(draft.age, draft.ons) } : {}),
    ...(ons === 'skipped' ? { ons: {} } : {}),
  }
}
