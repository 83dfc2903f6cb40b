import type { OpeningRule } from '../service-model.ts'
import { mayBeBankHoliday, type Nation } from './bank-holidays.ts'
import type { NextDay } from './day-words.ts'
import { londonTime } from './london-time.ts'
import { dayOf, isValidOn, occursOn } from './occurs-on.ts'
import { parseRule, type ParsedRule } from './parse-rule.ts'

export { describeOpening } from './describe-opening.ts'
export type { Nation } from './bank-holidays.ts'

export interface OpenStatus {
  state: 'open'
  /** HH:MM local; left out when the service stays open for at least the next 24 hours. */
  closesAt?: string
}

export interface ClosedStatus {
  state: 'closed'
  /** The day (put into words by `nextDayText`) and HH:MM local. */
  opensNext?: NextDay & { at: string }
}

export interface UnknownStatus {
  state: 'unknown'
  reason: 'no-hours' | 'bank-holiday' | 'outside-dates'
}

export type OpeningStatus = OpenStatus | ClosedStatus | UnknownStatus

export interface OpeningStatusOptions {
  /** Whose bank holidays apply; England and Wales unless the service is elsewhere. */
  nation?: Nation
}

export const LOOK_AHEAD_DAYS = 14
const MINUTES_PER_DAY = 1440

/** One opening of one rule, in minutes of local wall-clock time since 1970-01-01 00:00. */
export interface Period {
  start: number
  end: number
  startDay: number
  rule: ParsedRule
  /** It starts on a (possible) bank holiday, so we cannot say whether it happens. */
  uncertain: boolean
}

/**
 * Whether a service is open at an instant, by its rules in UK local time. It never guesses:
 * no usable hours, a bank holiday (unless the service is open round the clock) or a date outside
 * every rule's dates give 'unknown', because showing a closed service as open is a safety hazard.
 */
export function openingStatus(
  opening: readonly OpeningRule[],
  at: Date,
  options: OpeningStatusOptions = {},
): OpeningStatus {
  const nation = options.nation ?? 'england-and-wales'
  const rules: ParsedRule[] = []
  let unreadable = false
  for (const rule of opening) {
    const result = parseRule(rule)
    if (result.ok) rules.push(result.rule)
    else unreadable = true
  }
  if (rules.length === 0) return { state: 'unknown', reason: 'no-hours' }

  const now = londonTime(at)
  const today = now.dayNumber
  const minute = today * MINUTES_PER_DAY + now.minutes
  const periods = periodsAround(rules, today, nation)
  const covering = periods.filter((period) => period.start <= minute && minute < period.end)

  // Round-the-clock lines (Samaritans, Childline) answer on bank holidays too.
  if (covering.some((period) => period.rule.roundTheClock)) {
    return openUntil(periods, covering, minute)
  }
  const todayMayBeHoliday = mayBeBankHoliday(nation, today, now.year)
  const certain = covering.filter((period) => !period.uncertain)
  if (certain.length > 0 && !todayMayBeHoliday) return openUntil(periods, certain, minute)

  if (covering.length === 0 && rules.every((rule) => !isValidOn(rule, today))) {
    return { state: 'unknown', reason: 'outside-dates' }
  }
  // On a bank holiday, or in the small hours after a period that began on one.
  if (todayMayBeHoliday || covering.length > 0) return { state: 'unknown', reason: 'bank-holiday' }
  // A rule we could not read might have said "open".
  if (unreadable) return { state: 'unknown', reason: 'no-hours' }

  const next = periods.find((period) => period.start > minute && !period.uncertain)
  if (!next) return { state: 'closed' }
  return {
    state: 'closed',
    opensNext: nextDay(next.startDay, today, next.rule.opensAt),
  }
}

/** Every period starting from yesterday (it may run past midnight) to 14 days ahead, in order. */
function periodsAround(rules: readonly ParsedRule[], today: number, nation: Nation): Period[] {
  const periods: Period[] = []
  for (let dayNum = today - 1; dayNum <= today + LOOK_AHEAD_DAYS; dayNum++) {
    const day = dayOf(dayNum)
    let holiday: boolean | undefined
    for (const rule of rules) {
      if (!occursOn(rule, day)) continue
      holiday ??= mayBeBankHoliday(nation, dayNum, day.year)
      const midnight = dayNum * MINUTES_PER_DAY
      periods.push({
        start: midnight + rule.opens,
        end: midnight + rule.closes,
        startDay: dayNum,
        rule,
        uncertain: holiday && !rule.roundTheClock,
      })
    }
  }
  return periods.sort((a, b) => a.start - b.start)
}

/** Open, closing when the unbroken run of periods through now ends (Tue 9–5 then 5–7:30pm). */
export function openUntil(
  periods: readonly Period[],
  covering: readonly Period[],
  minute: number,
): OpenStatus {
  let last = covering[0] as Period
  for (const period of covering) if (period.end > last.end) last = period
  let end = last.end
  for (const period of periods) {
    if (period.start > end) break
    // A period that starts on a bank holiday may not happen, so it cannot extend the run.
    if (period.end > end && !period.uncertain) {
      end = period.end
      last = period
    }
  }
  // HH:MM alone is only clear within the next 24 hours.
  const status: OpenStatus = { state: 'open' }
  if (end - minute < MINUTES_PER_DAY) status.closesAt = last.rule.closesAt
  return status
}

export function nextDay(dayNum: number, today: number, at: string): NextDay & { at: string } {
  return { day: dayNum, inDays: dayNum - today, at }
}
