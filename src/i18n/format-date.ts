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
  const british = new Intl.DateTimeFormat('en-GB', options)
  if (locale === 'en') return british.format(date)
  const which = new Intl.DateTimeFormat('en-GB', {
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
