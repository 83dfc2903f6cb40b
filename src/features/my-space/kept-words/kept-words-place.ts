import type { AboutMeTextField } from '../../../db/about-me.ts'
import { CONTACT_QUESTION, QUESTIONS } from '../about-me/about-me-questions.ts'
import { planSections } from '../safety-plan/plan-sections.ts'
import { findTool } from '../../self-help/tools/tool-registry.ts'

/** Where kept words came from, as sync records it. */
export interface KeptWordsSource {
  table: string
  recordId: string
  /** The record's field: `note`, `title`, or a part of a document such as `data.reasons`. */
  field: string
}

/** What else is known about the record, read from the device when it is still there. */
export interface PlaceDetails {
  /** When the check-in was made, for words from a check-in's note. */
  checkInAt?: string
  /** The tool an entry belongs to, for words from a tool entry. */
  tool?: string
}

const dayAndMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' })
const dayMonthAndYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** "3 March", with the year only when it is not this year. */
export function shortDate(iso: string, now: Date): string | undefined {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return undefined
  return date.getFullYear() === now.getFullYear()
    ? dayAndMonth.format(date)
    : dayMonthAndYear.format(date)
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function part(field: string): string | undefined {
  return field.startsWith('data.') ? field.slice('data.'.length) : undefined
}

function isAboutMeQuestion(name: string): name is AboutMeTextField {
  return Object.hasOwn(QUESTIONS, name)
}

function documentPlace(recordId: string, name: string | undefined): string {
  if (recordId === 'safety-plan') {
    const section = planSections.find((info) => info.id === name)
    return section ? `Your safety plan: ${lowerFirst(section.heading)}` : 'Your safety plan'
  }
  if (recordId === 'about-me') {
    if (name === 'contactWays') return `Your About me: ${lowerFirst(CONTACT_QUESTION)}`
    return name !== undefined && isAboutMeQuestion(name)
      ? `Your About me: ${lowerFirst(QUESTIONS[name].label)}`
      : 'Your About me'
  }
  if (recordId === 'coping-kit') return 'Your coping kit'
  return 'Something you wrote'
}

/**
 * Where kept words came from, in plain words: "The note on your check-in of 3 March", "Your
 * goal's words", "Your safety plan: things worth living for".
 */
export function keptWordsPlace(source: KeptWordsSource, details: PlaceDetails, now: Date): string {
  switch (source.table) {
    case 'checkIns': {
      const day = details.checkInAt === undefined ? undefined : shortDate(details.checkInAt, now)
      return day ? `The note on your check-in of ${day}` : 'The note on one of your check-ins'
    }
    case 'goals':
      return 'Your goal’s words'
    case 'documents':
      return documentPlace(source.recordId, part(source.field))
    case 'toolEntries': {
      const tool = findTool(details.tool)
      return tool ? `What you wrote in “${tool.title}”` : 'What you wrote in a tool'
    }
    default:
      return 'Something you wrote'
  }
}
