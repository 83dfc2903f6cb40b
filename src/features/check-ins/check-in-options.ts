import type { Mood } from '../../db/rows.ts'

/** The answers a check-in offers. Stored values are the ids; people see the labels. */

export const moods: readonly { value: Mood; label: string }[] = [
  { value: 1, label: 'Really low' },
  { value: 2, label: 'Low' },
  { value: 3, label: 'Okay' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Great' },
]

/** The lowest mood: choosing it brings up help straight away. */
export const LOWEST_MOOD: Mood = 1

export function moodLabel(mood: Mood): string {
  return moods.find((option) => option.value === mood)?.label ?? String(mood)
}

export const feelings = [
  { value: 'happy', label: 'Happy' },
  { value: 'calm', label: 'Calm' },
  { value: 'hopeful', label: 'Hopeful' },
  { value: 'proud', label: 'Proud' },
  { value: 'excited', label: 'Excited' },
  { value: 'tired', label: 'Tired' },
  { value: 'worried', label: 'Worried' },
  { value: 'stressed', label: 'Stressed' },
  { value: 'sad', label: 'Sad' },
  { value: 'lonely', label: 'Lonely' },
  { value: 'angry', label: 'Angry' },
  { value: 'scared', label: 'Scared' },
  { value: 'numb', label: 'Numb' },
  { value: 'overwhelmed', label: 'Overwhelmed' },
  { value: 'confused', label: 'Confused' },
] as const

export type Feeling = (typeof feelings)[number]['value']

export const happenings = [
  { value: 'school', label: 'School or college' },
  { value: 'friends', label: 'Friends' },
  { value: 'family', label: 'Family or home' },
  { value: 'sleep', label: 'Sleep' },
  { value: 'health', label: 'Health' },
  { value: 'online', label: 'Online' },
  { value: 'money', label: 'Money' },
  { value: 'other', label: 'Something else' },
] as const

export type Happening = (typeof happenings)[number]['value']

export const MAX_NOTE_LENGTH = 2000
