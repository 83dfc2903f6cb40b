import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg, selectOrdinal } from '@lingui/core/macro'
import type { Locale } from '../../../i18n/locales.ts'
import type { OpeningRule } from '../service-model.ts'
import { longDate, pad2 } from './civil-date.ts'
import { parseRule, type ByDay, type ParsedRule } from './parse-rule.ts'

/**
 * One rule in plain words for the service page, e.g. "Monday to Friday, 9am to 5pm" or
 * "Fridays, 8pm to 2am (the next day)". Written to be read aloud by a screen reader, too.
 */
export function describeOpening(rule: OpeningRule, i18n: I18n): string {
  const result = parseRule(rule)
  if (!result.ok) return i18n._(msg`Opening times are not clear: check with the service`)
  const parsed = result.rule
  return [days(parsed, i18n), times(parsed, i18n), dates(parsed, i18n)].filter(Boolean).join(', ')
}

function times(rule: ParsedRule, i18n: I18n): string {
  if (rule.roundTheClock || (rule.opens === 0 && rule.closes === 1440)) {
    return i18n._(msg`open 24 hours`)
  }
  const opens = clock(rule.opens, i18n)
  const closes = clock(rule.closes, i18n)
  return rule.closes > 1440
    ? i18n._(msg`${opens} to ${closes} (the next day)`)
    : i18n._(msg`${opens} to ${closes}`)
}

/** NHS style: 9am, 5:30pm, midday, midnight. */
function clock(minutes: number, i18n: I18n): string {
  const inDay = minutes % 1440
  if (inDay === 0) return i18n._(msg`midnight`)
  if (inDay === 720) return i18n._(msg`midday`)
  const hours = Math.floor(inDay / 60)
  const mins = inDay % 60
  const time = `${hours % 12 === 0 ? 12 : hours % 12}${mins === 0 ? '' : `:${pad2(mins)}`}`
  return hours < 12 ? i18n._(msg`${time}am`) : i18n._(msg`${time}pm`)
}

function dates(rule: ParsedRule, i18n: I18n): string {
  const locale = i18n.locale as Locale
  // No occurrence comes before dtstart, so it is the "from" date when valid_from is not given.
  const from = rule.validFrom ?? rule.start
  const to = rule.validTo
  if (from !== undefined && to !== undefined) {
    const first = longDate(from, locale)
    const last = longDate(to, locale)
    return from === to ? i18n._(msg`on ${first}`) : i18n._(msg`from ${first} to ${last}`)
  }
  if (from !== undefined) {
    const first = longDate(from, locale)
    return i18n._(msg`from ${first}`)
  }
  if (to !== undefined) {
    const last = longDate(to, locale)
    return i18n._(msg`until ${last}`)
  }
  return ''
}

function days(rule: ParsedRule, i18n: I18n): string {
  return capitalise(rule.freq === 'WEEKLY' ? weeklyDays(rule, i18n) : monthlyDays(rule, i18n))
}

/** A weekday's name as it follows "every", "to" or an ordinal; 0 = Monday. */
const WEEKDAYS: readonly MessageDescriptor[] = [
  msg`Monday`,
  msg`Tuesday`,
  msg`Wednesday`,
  msg`Thursday`,
  msg`Friday`,
  msg`Saturday`,
  msg`Sunday`,
]

/** Every such weekday, as in "Tuesdays and Thursdays". */
const WEEKDAYS_PLURAL: readonly MessageDescriptor[] = [
  msg`Mondays`,
  msg`Tuesdays`,
  msg`Wednesdays`,
  msg`Thursdays`,
  msg`Fridays`,
  msg`Saturdays`,
  msg`Sundays`,
]

function weeklyDays(rule: ParsedRule, i18n: I18n): string {
  const weekdays = [...new Set(rule.byDay.map((entry) => entry.weekday))].sort((a, b) => a - b)
  const firstDay = weekdays[0] ?? 0
  const lastDay = weekdays.at(-1) ?? 0
  const first = name(WEEKDAYS, firstDay, i18n)
  const last = name(WEEKDAYS, lastDay, i18n)
  if (rule.interval === 2 && weekdays.length === 1) return i18n._(msg`Every other ${first}`)
  let base: string
  if (weekdays.length === 7) base = i18n._(msg`Every day`)
  else if (weekdays.length >= 3 && lastDay - firstDay === weekdays.length - 1) {
    base = i18n._(msg`${first} to ${last}`)
  } else {
    base = list(
      weekdays.map((weekday) => name(WEEKDAYS_PLURAL, weekday, i18n)),
      i18n,
    )
  }
  if (rule.interval === 1) return base
  const weeks = rule.interval
  return rule.interval === 2
    ? i18n._(msg`${base}, every other week`)
    : i18n._(msg`${base}, every ${weeks} weeks`)
}

function monthlyDays(rule: ParsedRule, i18n: I18n): string {
  const months = rule.interval
  const period =
    rule.interval === 1
      ? i18n._(msg`the month`)
      : rule.interval === 2
        ? i18n._(msg`every other month`)
        : i18n._(msg`every ${months} months`)
  const weekdays = list(
    rule.byDay.map((entry) => weekdayInMonth(entry, i18n)),
    i18n,
  )
  const monthDays = list(
    rule.byMonthDay.map((n) => dayOfMonth(n, i18n)),
    i18n,
  )
  if (monthDays === '') return i18n._(msg`${weekdays} of ${period}`)
  if (weekdays === '') return i18n._(msg`The ${monthDays} of ${period}`)
  return i18n._(msg`${weekdays}, when it is the ${monthDays} of ${period}`)
}

/** "first Monday" … "fifth Monday": index 1–5. */
const NTH_WEEKDAY: readonly ((day: string) => MessageDescriptor)[] = [
  (day) => msg`every ${day}`,
  (day) => msg`first ${day}`,
  (day) => msg`second ${day}`,
  (day) => msg`third ${day}`,
  (day) => msg`fourth ${day}`,
  (day) => msg`fifth ${day}`,
]

/** "last Monday" … "fifth to last Monday": index 1–5 counted from the end. */
const NTH_LAST_WEEKDAY: readonly ((day: string) => MessageDescriptor)[] = [
  (day) => msg`every ${day}`,
  (day) => msg`last ${day}`,
  (day) => msg`second to last ${day}`,
  (day) => msg`third to last ${day}`,
  (day) => msg`fourth to last ${day}`,
  (day) => msg`fifth to last ${day}`,
]

function weekdayInMonth(entry: ByDay, i18n: I18n): string {
  const day = name(WEEKDAYS, entry.weekday, i18n)
  const ordinal = entry.ordinal ?? 0
  // The rule's reader allows ordinals from -5 to 5 only.
  const words = (ordinal < 0 ? NTH_LAST_WEEKDAY : NTH_WEEKDAY)[Math.abs(ordinal)]
  return words ? i18n._(words(day)) : day
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st; "last day", "2nd to last day". */
function dayOfMonth(n: number, i18n: I18n): string {
  if (n === -1) return i18n._(msg`last day`)
  if (n < 0) {
    const fromEnd = -n
    return i18n._(
      msg`${selectOrdinal(fromEnd, { one: '#st', two: '#nd', few: '#rd', other: '#th' })} to last day`,
    )
  }
  return i18n._(msg`${selectOrdinal(n, { one: '#st', two: '#nd', few: '#rd', other: '#th' })}`)
}

function name(table: readonly MessageDescriptor[], weekday: number, i18n: I18n): string {
  const words = table[weekday]
  return words ? i18n._(words) : ''
}

function list(items: readonly string[], i18n: I18n): string {
  if (items.length <= 1) return items[0] ?? ''
  const rest = items.slice(0, -1).join(', ')
  const last = items.at(-1) ?? ''
  return i18n._(msg`${rest} and ${last}`)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
