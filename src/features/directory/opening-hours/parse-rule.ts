/* eslint-disable lingui/no-unlocalized-strings -- a rule's problems are for the people who look after the data, never shown in the app */
import type { OpeningRule } from '../service-model.ts'
import { civilDate, parseIsoDate, weekdayOf } from './civil-date.ts'

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
const BY_DAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/

export interface ByDay {
  /** 0 = Monday … 6 = Sunday */
  weekday: number
  /** MONTHLY only: 2 = second, -1 = last; undefined = every such weekday. */
  ordinal?: number
}

/** A rule checked once and turned into numbers, so the status check only compares integers. */
export interface ParsedRule {
  freq: 'WEEKLY' | 'MONTHLY'
  byDay: ByDay[]
  /** Bit n set when weekday n (0 = Monday) is in byDay: a quick first test for weekly rules. */
  weekdays: number
  byMonthDay: number[]
  interval: number
  /** Day number of dtstart: there are no occurrences before it (RFC 5545). */
  start?: number
  validFrom?: number
  validTo?: number
  /** Minutes after the start day's midnight. */
  opens: number
  /** Minutes after the start day's midnight; over 1440 when the period ends the next day. */
  closes: number
  opensAt: string
  /** What to show as the closing time, from the data. */
  closesAt: string
  /** Every day, all day: exempt from the bank holiday caution. */
  roundTheClock: boolean
}

/** Either the parsed rule or why it cannot be used; the data is then not guessed at. */
export type RuleResult = { ok: true; rule: ParsedRule } | { ok: false; problem: string }

const cache = new WeakMap<OpeningRule, RuleResult>()

/** Parses a rule once per rule object: the directory asks about the same rules many times. */
export function parseRule(rule: OpeningRule): RuleResult {
  let result = cache.get(rule)
  if (!result) {
    result = parseUncached(rule)
    cache.set(rule, result)
  }
  return result
}

function minutesOf(text: string, allow24: boolean): number | undefined {
  const match = TIME.exec(text.trim())
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes > 59) return undefined
  if (hours === 24 && minutes === 0 && allow24) return 1440
  return hours > 23 ? undefined : hours * 60 + minutes
}

function optionalDate(text: string | undefined): number | undefined | null {
  if (text === undefined || text === '') return undefined
  return parseIsoDate(text) ?? null
}

function parseUncached(rule: OpeningRule): RuleResult {
  const fail = (problem: string): RuleResult => ({ ok: false, problem })
  if (rule.freq !== 'WEEKLY' && rule.freq !== 'MONTHLY') return fail(`unknown freq ${rule.freq}`)

  const start = optionalDate(rule.dtstart)
  const validFrom = optionalDate(rule.validFrom)
  const validTo = optionalDate(rule.validTo)
  if (start === null || validFrom === null || validTo === null) return fail('a date is not valid')

  const interval = rule.interval ?? 1
  if (!Number.isInteger(interval) || interval < 1) return fail(`interval ${interval}`)
  // Which weeks a fortnightly group meets is only known from its first date.
  if (interval > 1 && start === undefined) return fail('interval without dtstart')

  const byDay: ByDay[] = []
  for (const code of rule.byDay) {
    const match = BY_DAY.exec(code.trim().toUpperCase())
    if (!match) return fail(`byDay ${code}`)
    const weekday = WEEKDAY_CODES.indexOf(match[2] as (typeof WEEKDAY_CODES)[number])
    if (match[1] === undefined) {
      byDay.push({ weekday })
      continue
    }
    const ordinal = Number(match[1])
    // "2MO" means nothing in a weekly rule; reading it as every Monday would be a guess.
    if (rule.freq === 'WEEKLY' || ordinal === 0 || Math.abs(ordinal) > 5) {
      return fail(`byDay ${code}`)
    }
    byDay.push({ weekday, ordinal })
  }

  const byMonthDay = rule.byMonthDay ?? []
  if (byMonthDay.length > 0 && rule.freq === 'WEEKLY') return fail('byMonthDay in a weekly rule')
  if (byMonthDay.some((day) => !Number.isInteger(day) || day === 0 || Math.abs(day) > 31)) {
    return fail('byMonthDay out of range')
  }

  // RFC 5545: with no BYDAY (and no BYMONTHDAY) the rule repeats on dtstart's weekday or date.
  if (byDay.length === 0 && byMonthDay.length === 0) {
    if (start === undefined) return fail('no days given')
    if (rule.freq === 'WEEKLY') byDay.push({ weekday: weekdayOf(start) })
    else byMonthDay.push(civilDate(start).day)
  }

  const opens = minutesOf(rule.opensAt, false)
  let closes = minutesOf(rule.closesAt, true)
  if (opens === undefined || closes === undefined) return fail('a time is not HH:MM')
  // 23:59 is how the data writes "until midnight"; reading it as midnight joins 00:00–23:59
  // days into one unbroken stretch.
  if (closes === 23 * 60 + 59) closes = 1440

  const everyDay =
    rule.freq === 'WEEKLY' &&
    interval === 1 &&
    WEEKDAY_CODES.every((_, weekday) => byDay.some((entry) => entry.weekday === weekday))
  let roundTheClock = false
  if (opens === closes) {
    // Equal times are "24 hours" only on all seven days; on some days they could as well mean
    // a typing slip, and we do not guess.
    if (!everyDay) return fail('opening and closing times are the same')
    closes = opens + 1440
    roundTheClock = true
  } else if (closes < opens) {
    // Closing earlier than opening ends the next day: Friday 20:00–02:00, or 17:00–00:00.
    closes += 1440
  }
  if (everyDay && opens === 0 && closes === 1440) roundTheClock = true

  return {
    ok: true,
    rule: {
      freq: rule.freq,
      byDay,
      weekdays: byDay.reduce((mask, entry) => mask | (1 << entry.weekday), 0),
      byMonthDay,
      interval,
      start,
      validFrom,
      validTo,
      opens,
      closes,
      opensAt: rule.opensAt.slice(0, 5),
      closesAt: rule.closesAt.startsWith('24:00') ? '00:00' : rule.closesAt.slice(0, 5),
      roundTheClock,
    },
  }
}
