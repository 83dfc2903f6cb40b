import type { CheckInChanges } from '../../../db/check-ins.ts'
import type { CheckInRow, Mood } from '../../../db/rows.ts'
import { MAX_NOTE_LENGTH } from '../../check-ins/check-in-options.ts'

/** A check-in as it is being changed: only the parts a person may change. */
export interface CheckInDraft {
  mood: Mood
  feelings: string[]
  happenings: string[]
  note: string
}

export function draftOf(row: CheckInRow): CheckInDraft {
  return {
    mood: row.mood,
    feelings: [...row.feelings],
    happenings: [...row.happenings],
    note: row.note ?? '',
  }
}

/** The changes to save. An emptied note is removed, not kept as blank text. */
export function changesOf(draft: CheckInDraft): CheckInChanges {
  const note = draft.note.trim().slice(0, MAX_NOTE_LENGTH)
  return {
    mood: draft.mood,
    feelings: draft.feelings,
    happenings: draft.happenings,
    note: note === '' ? undefined : note,
  }
}

/** Ticks or unticks a choice, keeping the options' own order. */
export function toggleChoice(
  chosen: readonly string[],
  value: string,
  order: readonly string[],
): string[] {
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  const rank = (v: string) => {
    const index = order.indexOf(v)
    return index === -1 ? order.length : index
  }
  return next.sort((a, b) => rank(a) - rank(b))
}
