import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { AboutMeTextField } from '../../../db/about-me.ts'
import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'
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

/** "3 March" ("3 Mawrth"), with the year only when it is not this year. */
export function shortDate(iso: string, now: Date, locale: Locale): string | undefined {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return undefined
  return date.getFullYear() === now.getFullYear()
    ? formatDate(date, locale, { day: 'numeric', month: 'long' })
    : formatDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' })
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

function documentPlace(recordId: string, name: string | undefined, i18n: I18n): string {
  if (recordId === 'safety-plan') {
    const section = planSections.find((info) => info.id === name)
    if (!section) return i18n._(msg`Your safety plan`)
    const part = lowerFirst(i18n._(section.heading))
    return i18n._(msg`Your safety plan: ${part}`)
  }
  if (recordId === 'about-me') {
    const question =
      name === 'contactWays'
        ? CONTACT_QUESTION
        : name !== undefined && isAboutMeQuestion(name)
          ? QUESTIONS[name].label
          : undefined
    if (!question) return i18n._(msg`Your About me`)
    const part = lowerFirst(i18n._(question))
    return i18n._(msg`Your About me: ${part}`)
  }
  if (recordId === 'coping-kit') return i18n._(msg`Your coping kit`)
  return i18n._(msg`Something you wrote`)
}

/**
 * Where kept words came from, in plain words: "The note on your check-in of 3 March", "Your
 * goal's words", "Your safety plan: things worth living for".
 */
export function keptWordsPlace(
  source: KeptWordsSource,
  details: PlaceDetails,
  now: Date,
  i18n: I18n,
): string {
  switch (source.table) {
    case 'checkIns': {
      const day =
        details.checkInAt === undefined
          ? undefined
          : shortDate(details.checkInAt, now, i18n.locale as Locale)
      return day
        ? i18n._(msg`The note on your check-in of ${day}`)
        : i18n._(msg`The note on one of your check-ins`)
    }
    case 'goals':
      return i18n._(msg`Your goal’s words`)
    case 'documents':
      return documentPlace(source.recordId, part(source.field), i18n)
    case 'toolEntries': {
      const tool = findTool(details.tool)
      if (!tool) return i18n._(msg`What you wrote in a tool`)
      const title = i18n._(tool.title)
      return i18n._(msg`What you wrote in “${title}”`)
    }
    default:
      return i18n._(msg`Something you wrote`)
  }
}
