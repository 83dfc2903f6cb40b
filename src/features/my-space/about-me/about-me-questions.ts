import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { AboutMe, AboutMeTextField, ContactWay } from '../../../db/about-me.ts'
import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'

interface Question {
  label: MessageDescriptor
  hint?: MessageDescriptor
  /** Lines for a longer answer; a one-line box when absent. */
  rows?: number
}

/**
 * The questions, in the person's own voice: the same words are the form's labels and, when
 * shared, the headings a helper reads.
 */
export const QUESTIONS: Record<AboutMeTextField, Question> = {
  preferredName: {
    label: msg`What I like to be called`,
    hint: msg`Your first name, a nickname, or any name you choose.`,
  },
  pronouns: {
    label: msg`My pronouns`,
    hint: msg`For example: she/her, he/him or they/them.`,
  },
  toKnow: {
    label: msg`What I’d like people helping me to know`,
    hint: msg`Anything about you, your life or what has been happening that you’d like them to know first.`,
    rows: 6,
  },
  whatHelps: {
    label: msg`What helps me`,
    hint: msg`For example: time to think before I answer, or having someone I trust with me.`,
    rows: 4,
  },
  whatDoesNotHelp: {
    label: msg`What doesn’t help me`,
    hint: msg`For example: being rushed, or being asked the same things again and again.`,
    rows: 4,
  },
  contactNotes: {
    label: msg`Good times to contact me, and anything else about contact`,
    hint: msg`For example: after 4pm on weekdays, or never at school.`,
    rows: 3,
  },
  anythingElse: {
    label: msg`Anything else`,
    rows: 4,
  },
}

export const CONTACT_QUESTION = msg`How I like to be contacted`

export const CONTACT_LABELS: Record<ContactWay, MessageDescriptor> = {
  text: msg`Text message`,
  'phone-call': msg`Phone call`,
  email: msg`Email`,
  letter: msg`Letter`,
  'in-person': msg`In person`,
}

export interface Answer {
  question: string
  answer: string
}

/** The parts that were filled in, in reading order, ready to show or write out. */
export function answeredQuestions(aboutMe: AboutMe, i18n: I18n): Answer[] {
  const text = (field: AboutMeTextField): Answer => ({
    question: i18n._(QUESTIONS[field].label),
    answer: aboutMe[field].trim(),
  })
  return [
    text('preferredName'),
    text('pronouns'),
    text('toKnow'),
    text('whatHelps'),
    text('whatDoesNotHelp'),
    {
      question: i18n._(CONTACT_QUESTION),
      answer: aboutMe.contactWays.map((way) => i18n._(CONTACT_LABELS[way])).join(', '),
    },
    text('contactNotes'),
    text('anythingElse'),
  ].filter(({ answer }) => answer !== '')
}

/** "2 March 2026", "2 Mawrth 2026". */
export function formatDay(date: Date, locale: Locale): string {
  return formatDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' })
}
