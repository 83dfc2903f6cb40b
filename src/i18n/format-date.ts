/* eslint-disable lingui/no-unlocalized-strings -- calendar names that only format dates */
import type { Locale } from './locales.ts'

const CY_MONTHS = [
  ['Ionawr', 'Ion'],
  ['Chwefror', 'Chwef'],
  ['Mawrth', 'Maw'],
  ['Ebrill', 'Ebr'],
  ['Mai', 'Mai'],
  ['Mehefin', 'Meh'],
  ['Gorffennaf', 'Gorff'],
  ['Awst', 'Awst'],
  ['Medi', 'Medi'],
  ['Hydref', 'Hyd'],
  ['Tachwedd', 'Tach'],
  ['Rhagfyr', 'Rhag'],
] as const
const CY_WEEKDAYS = [
  ['Dydd Sul', 'Sul'],
  ['Dydd Llun', 'Llun'],
  ['Dydd Mawrth', 'Maw'],
  ['Dydd Mercher', 'Mer'],
  ['Dydd Iau', 'Iau'],
  ['Dydd Gwener', 'Gwe'],
  ['Dydd Sadwrn', 'Sad'],
] as const
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Making an Intl formatter is slow, the first one in a page very slow: each is made once. */
const formatters = new Map<string, Intl.DateTimeFormat>()

function britishFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options)
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', options)
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * "November 2026", "24 November 2026", "Tachwedd 2026": a UTC date with the month's full name,
 * a day and a year, written from our own names. A page that shows only such a date (Get help
 * now) then starts without loading Intl's date data, which takes a cheap phone a tenth of a
 * second. Null for any other kind of date.
 */
function plainLongDate(
  date: Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): string | null {
  const { timeZone, day, month, year, ...rest } = options
  const asked = Object.values(rest).some((value) => value !== undefined)
  if (asked || timeZone !== 'UTC' || month !== 'long') return null
  if ((day !== undefined && day !== 'numeric') || (year !== undefined && year !== 'numeric')) {
    return null
  }
  const name = locale === 'cy' ? CY_MONTHS[date.getUTCMonth()]?.[0] : EN_MONTHS[date.getUTCMonth()]
  return [day && String(date.getUTCDate()), name, year && String(date.getUTCFullYear())]
    .filter(Boolean)
    .join(' ')
}

/**
 * A date (and time) in the interface language. Welsh does not go through Intl's Welsh data:
 * Chromium ships without it and silently answers in US English, and the build (Node) has it, so
 * the page would change on hydration. Welsh writes dates like British English (1 Tachwedd 2026,
 * 24-hour clock), so the British layout is used with Welsh names.
 */
export function formatDate(
  date: Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): string {
  const plain = plainLongDate(date, locale, options)
  if (plain !== null) return plain
  const british = britishFormatter(options)
  if (locale === 'en') return british.format(date)
  const which = britishFormatter({
    timeZone: options.timeZone,
    month: 'numeric',
    weekday: 'short',
  }).formatToParts(date)
  const month = Number(which.find((part) => part.type === 'month')?.value) - 1
  const weekday = EN_WEEKDAYS.indexOf(which.find((part) => part.type === 'weekday')?.value ?? '')
  return british
    .formatToParts(date)
    .map((part) => {
      if (part.type === 'month' && /^(long|short|narrow)$/.test(options.month ?? '')) {
        return CY_MONTHS[month]?.[options.month === 'long' ? 0 : 1] ?? part.value
      }
      if (part.type === 'weekday')
        return CY_WEEKDAYS[weekday]?.[options.weekday === 'long' ? 0 : 1] ?? part.value
      if (part.type === 'literal' && part.value === ' at ') return ' am '
      return part.value
    })
    .join('')
}
