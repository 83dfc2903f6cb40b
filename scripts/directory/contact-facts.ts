import type { ServicePhone } from '../../src/features/directory/service-model.ts'
import { cleanOptional, cleanText } from './clean-text.ts'
import { show } from './field-schemas.ts'
import { describeProblems, parseLeniently } from './lenient-parse.ts'
import { LanguageSchema, PhoneSchema } from './oruk-schemas.ts'
import type { RecordLog } from './report.ts'

/** Phones and languages: how a person reaches the service, and in what language. */

// RFC 6350 telephone types, as ORUK 3.0 uses them.
const TEXT_TYPES = ['text', 'sms']
const VOICE_TYPES = ['voice', 'cell', 'mobile', 'textphone', 'video', 'landline', 'main']
const SKIPPED_TYPES = ['fax', 'pager']

export function readPhones(items: readonly unknown[], log: RecordLog): ServicePhone[] {
  const phones: ServicePhone[] = []
  items.forEach((item, index) => {
    const parsed = parseLeniently(PhoneSchema, item)
    if (!parsed.ok) {
      log.repairs.push(`phone #${index + 1} ${describeProblems(parsed.problems)} — dropped`)
      return
    }
    const phone = parsed.value
    const number = cleanText(phone.number).replace(/\s+/g, ' ')
    const digits = number.replace(/\D/g, '').length
    if (!/^\+?[\d ()-]+$/.test(number) || digits < 3 || digits > 15) {
      log.repairs.push(`phone ${show(phone.number)} is not a phone number — dropped`)
      return
    }
    const type = phone.type?.trim().toLowerCase() ?? 'voice'
    if (SKIPPED_TYPES.includes(type)) {
      log.repairs.push(`phone ${number} is a ${type} line, no use to a young person — dropped`)
      return
    }
    const kind = TEXT_TYPES.includes(type) ? 'text' : 'voice'
    if (kind === 'voice' && !VOICE_TYPES.includes(type)) {
      log.warnings.push(
        `phone ${number} type ${show(phone.type)} is not a known type — read as voice`,
      )
    }
    const words = [
      phone.extension === undefined ? undefined : `Extension ${phone.extension}.`,
      cleanOptional(phone.description),
    ].filter(Boolean)
    const description = words.length > 0 ? words.join(' ') : undefined
    if (phones.some((p) => p.number === number && p.kind === kind)) return
    phones.push({ number, kind, ...(description !== undefined && { description }) })
  })
  return phones
}

// ISO 639 codes seen in UK directories (and in the demo data); a name in the data wins.
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  cy: 'Welsh',
  bfi: 'British Sign Language',
  pl: 'Polish',
  ur: 'Urdu',
  so: 'Somali',
  ar: 'Arabic',
  bn: 'Bengali',
  pa: 'Punjabi',
  gu: 'Gujarati',
  hi: 'Hindi',
  ta: 'Tamil',
  zh: 'Chinese',
  yue: 'Cantonese',
  cmn: 'Mandarin',
  ro: 'Romanian',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  de: 'German',
  lt: 'Lithuanian',
  lv: 'Latvian',
  bg: 'Bulgarian',
  tr: 'Turkish',
  ku: 'Kurdish',
  fa: 'Persian',
  prs: 'Dari',
  ps: 'Pashto',
  ti: 'Tigrinya',
  am: 'Amharic',
  uk: 'Ukrainian',
  ru: 'Russian',
  sq: 'Albanian',
  ga: 'Irish',
  gd: 'Scottish Gaelic',
}

export function languageName(code: string): string | undefined {
  return LANGUAGE_NAMES[code.trim().toLowerCase().split(/[-_]/)[0] ?? '']
}

export function readLanguages(items: readonly unknown[], log: RecordLog): string[] {
  const names: string[] = []
  items.forEach((item, index) => {
    const parsed = parseLeniently(LanguageSchema, item)
    const name = parsed.ok ? cleanOptional(parsed.value.name) : undefined
    const code = parsed.ok ? cleanOptional(parsed.value.code) : undefined
    const shown = name ?? (code === undefined ? undefined : languageName(code))
    if (shown === undefined) {
      log.warnings.push(
        code === undefined
          ? `language #${index + 1} has no name or code — ignored`
          : `language code ${show(code)} is not one we know and has no name — ignored`,
      )
      return
    }
    if (!names.some((known) => known.toLowerCase() === shown.toLowerCase())) names.push(shown)
  })
  return names
}
