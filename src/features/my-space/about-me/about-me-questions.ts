import type { AboutMe, AboutMeTextField, ContactWay } from '../../../db/about-me.ts'

interface Question {
  label: string
  hint?: string
  /** Lines for a longer answer; a one-line box when absent. */
  rows?: number
}

/**
 * The questions, in the person's own voice: the same words are the form's labels and, when
 * shared, the headings a helper reads.
 */
export const QUESTIONS: Record<AboutMeTextField, Question> = {
  preferredName: {
    label: 'What I like to be called',
    hint: 'Your first name, a nickname, or any name you choose.',
  },
  pronouns: {
    label: 'My pronouns',
    hint: 'For example: she/her, he/him or they/them.',
  },
  toKnow: {
    label: 'What I’d like people helping me to know',
    hint: 'Anything about you, your life or what has been happening that you’d like them to know first.',
    rows: 6,
  },
  whatHelps: {
    label: 'What helps me',
    hint: 'For example: time to think before I answer, or having someone I trust with me.',
    rows: 4,
  },
  whatDoesNotHelp: {
    label: 'What doesn’t help me',
    hint: 'For example: being rushed, or being asked the same things again and again.',
    rows: 4,
  },
  contactNotes: {
    label: 'Good times to contact me, and anything else about contact',
    hint: 'For example: after 4pm on weekdays, or never at school.',
    rows: 3,
  },
  anythingElse: {
    label: 'Anything else',
    rows: 4,
  },
}

export const CONTACT_QUESTION = 'How I like to be contacted'

export const CONTACT_LABELS: Record<ContactWay, string> = {
  text: 'Text message',
  'phone-call': 'Phone call',
  email: 'Email',
  letter: 'Letter',
  'in-person': 'In person',
}

export interface Answer {
  question: string
  answer: string
}

/** The parts that were filled in, in reading order, ready to show or write out. */
export function answeredQuestions(aboutMe: AboutMe): Answer[] {
  const text = (field: AboutMeTextField): Answer => ({
    question: QUESTIONS[field].label,
    answer: aboutMe[field].trim(),
  })
  return [
    text('preferredName'),
    text('pronouns'),
    text('toKnow'),
    text('whatHelps'),
    text('whatDoesNotHelp'),
    {
      question: CONTACT_QUESTION,
      answer: aboutMe.contactWays.map((way) => CONTACT_LABELS[way]).join(', '),
    },
    text('contactNotes'),
    text('anythingElse'),
  ].filter(({ answer }) => answer !== '')
}

export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date)
}
