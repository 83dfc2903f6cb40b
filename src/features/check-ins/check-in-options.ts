import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { Mood } from '../../db/rows.ts'

/**
 * The answers a check-in offers. Stored values are the ids; people see the labels, in their
 * language through `i18n._(label)`.
 */

export const moods: readonly { value: Mood; label: MessageDescriptor }[] = [
  { value: 1, label: msg`Really low` },
  { value: 2, label: msg`Low` },
  { value: 3, label: msg`Okay` },
  { value: 4, label: msg`Good` },
  { value: 5, label: msg`Great` },
]

/** The lowest mood: choosing it brings up help straight away. */
export const LOWEST_MOOD: Mood = 1

export function moodLabel(mood: Mood, i18n: I18n): string {
  const label = moods.find((option) => option.value === mood)?.label
  return label ? i18n._(label) : String(mood)
}

export const feelings = [
  { value: 'happy', label: msg`Happy` },
  { value: 'calm', label: msg`Calm` },
  { value: 'hopeful', label: msg`Hopeful` },
  { value: 'proud', label: msg`Proud` },
  { value: 'excited', label: msg`Excited` },
  { value: 'tired', label: msg`Tired` },
  { value: 'worried', label: msg`Worried` },
  { value: 'stressed', label: msg`Stressed` },
  { value: 'sad', label: msg`Sad` },
  { value: 'lonely', label: msg`Lonely` },
  { value: 'angry', label: msg`Angry` },
  { value: 'scared', label: msg`Scared` },
  { value: 'numb', label: msg`Numb` },
  { value: 'overwhelmed', label: msg`Overwhelmed` },
  { value: 'confused', label: msg`Confused` },
] as const

export type Feeling = (typeof feelings)[number]['value']

export const happenings = [
  { value: 'school', label: msg`School or college` },
  { value: 'friends', label: msg`Friends` },
  { value: 'family', label: msg`Family or home` },
  { value: 'sleep', label: msg`Sleep` },
  { value: 'health', label: msg`Health` },
  { value: 'online', label: msg`Online` },
  { value: 'money', label: msg`Money` },
  { value: 'other', label: msg`Something else` },
] as const

export type Happening = (typeof happenings)[number]['value']

export const MAX_NOTE_LENGTH = 2000
