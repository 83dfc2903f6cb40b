import type { OpeningRule } from '../service-model.ts'
import { longDate, pad2, WEEKDAY_NAMES } from './civil-date.ts'
import { parseRule, type ByDay, type ParsedRule } from './parse-rule.ts'

/**
 * One rule in plain English for the service page, e.g. "Monday to Friday, 9am to 5pm" or
 * "Fridays, 8pm to 2am (the next day)". Written to be read aloud by a screen reader, too.
 */
export function describeOpening(rule: OpeningRule): string {
  const result = parseRule(rule)
  if (!result.ok) return 'Opening times are not clear: check with the service'
  const parsed = result.rule
  return [days(parsed), times(parsed), dates(parsed)].filter(Boolean).join(', ')
}

function times(rule: ParsedRule): string {
  if (rule.roundTheClock || (rule.opens === 0 && rule.closes === 1440)) return 'open 24 hours'
  const nextDay = rule.closes > 1440 ? ' (the next day)' : ''
  return `${clock(rule.opens)} to ${clock(rule.closes)}${nextDay}`
}

/** NHS style: 9am, 5:30pm, midday, midnight. */
function clock(minutes: number): string {
  const inDay = minutes % 1440
  if (inDay === 0) return 'midnight'
  if (inDay === 720) return 'midday'
  const hours = Math.floor(inDay / 60)
  const mins = inDay % 60
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  return `${hour12}${mins === 0 ? '' : `:${pad2(mins)}`}${hours < 12 ? 'am' : 'pm'}`
}

function dates(rule: ParsedRule): string {
  // No occurrence comes before dtstart, so it is the "from" date when valid_from is not given.
  const from = rule.validFrom ?? rule.start
  const to = rule.validTo
  if (from !== undefined && to !== undefined) {
    return from === to ? `on ${longDate(from)}` : `from ${longDate(from)} to ${longDate(to)}`
  }
  if (from !== undefined) return `from ${longDate(from)}`
  if (to !== undefined) return `until ${longDate(to)}`
  return ''
}

function days(rule: ParsedRule): string {
  return rule.freq === 'WEEKLY' ? weeklyDays(rule) : monthlyDays(rule)
}

function weeklyDays(rule: ParsedRule): string {
  const weekdays = [...new Set(rule.byDay.map((entry) => entry.weekday))].sort((a, b) => a - b)
  const first = weekdays[0] ?? 0
  const last = weekdays.at(-1) ?? 0
  if (rule.interval === 2 && weekdays.length === 1) return `Every other ${name(first)}`
  let base: string
  if (weekdays.length === 7) base = 'Every day'
  else if (weekdays.length >= 3 && last - first === weekdays.length - 1) {
    base = `${name(first)} to ${name(last)}`
  } else base = list(weekdays.map((weekday) => `${name(weekday)}s`))
  if (rule.interval === 1) return base
  return `${base}, ${rule.interval === 2 ? 'every other week' : `every ${rule.interval} weeks`}`
}

function monthlyDays(rule: ParsedRule): string {
  const period =
    rule.interval === 1
      ? 'the month'
      : rule.interval === 2
        ? 'every other month'
        : `every ${rule.interval} months`
  const weekdays = list(rule.byDay.map(weekdayInMonth))
  const monthDays = list(rule.byMonthDay.map(dayOfMonth))
  if (monthDays === '') return capitalise(`${weekdays} of ${period}`)
  if (weekdays === '') return `The ${monthDays} of ${period}`
  return capitalise(`${weekdays}, when it is the ${monthDays} of ${period}`)
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth']

function weekdayInMonth(entry: ByDay): string {
  if (entry.ordinal === undefined) return `every ${name(entry.weekday)}`
  if (entry.ordinal === -1) return `last ${name(entry.weekday)}`
  if (entry.ordinal < 0) return `${ORDINALS[-entry.ordinal]} to last ${name(entry.weekday)}`
  return `${ORDINALS[entry.ordinal]} ${name(entry.weekday)}`
}

function dayOfMonth(n: number): string {
  if (n === -1) return 'last day'
  if (n < 0) return `${numberth(-n)} to last day`
  return numberth(n)
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function numberth(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

function name(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? ''
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
