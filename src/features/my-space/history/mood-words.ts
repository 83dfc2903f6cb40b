import type { I18n } from '@lingui/core'
import type { Mood } from '../../../db/rows.ts'
import { moodLabel, moods } from '../../check-ins/check-in-options.ts'

/** The mood nearest an average (1 to 5), in words: averages are never shown as a bare score. */
export function nearestMood(value: number): Mood {
  return Math.min(5, Math.max(1, Math.round(value))) as Mood
}

export function moodWord(value: number, i18n: I18n): string {
  return moodLabel(nearestMood(value), i18n)
}

/** Best first, as a key and a summary read them. */
export const moodsBestFirst = [...moods].reverse()
