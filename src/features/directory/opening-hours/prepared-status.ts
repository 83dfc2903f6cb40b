import type { OpeningRule } from '../service-model.ts'
import { mayBeBankHoliday, type Nation } from './bank-holidays.ts'
import { londonTime } from './london-time.ts'
import { dayOf, isValidOn, occursOn } from './occurs-on.ts'
import {
  LOOK_AHEAD_DAYS,
  nextDay,
  openUntil,
  type OpeningStatus,
  type OpeningStatusOptions,
  type Period,
} from './opening-status.ts'
import { parseRule, type ParsedRule } from './parse-rule.ts'

/**
 * The same answers as `openingStatus`, for a directory that asks about thousands of services
 * at once. Rules are read once (`prepareOpening`), and instead of laying out two weeks of
 * openings for every service, only yesterday to tomorrow are laid out: that settles whether the
 * service is open and when it closes. Later days are looked at one by one, and only while a
 * closed service's next opening is still to be found. `openingStatus` stays the plain statement
 * of the rules; a test holds the two to the same answers.
 */

const MINUTES_PER_DAY = 1440

/** A service's rules read once. */
export interface PreparedOpening {
  readonly rules: readonly ParsedRule[]
  /** Some rule could not be read: it might have said "open", so "closed" is never claimed. */
  readonly unreadable: boolean
}

export function prepareOpening(opening: readonly OpeningRule[]): PreparedOpening {
  const rules: ParsedRule[] = []
  let unreadable = false
  for (const rule of opening) {
    const result = parseRule(rule)
    if (result.ok) rules.push(result.rule)
    else unreadable = true
  }
  return { rules, unreadable }
}

/** Yesterday's, today's and tomorrow's periods, in order of starting (stable, as the original). */
function nearPeriods(rules: readonly ParsedRule[], today: number, nation: Nation): Period[] {
  const periods: Period[] = []
  for (let dayNum = today - 1; dayNum <= today + 1; dayNum++) {
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
  return periods.length > 1 ? periods.sort((a, b) => a.start - b.start) : periods
}

/** The first certain opening after `minute` from the day after tomorrow on, if any in range. */
function nextOpeningLater(
  rules: readonly ParsedRule[],
  today: number,
  nation: Nation,
): { rule: ParsedRule; day: number } | undefined {
  for (let dayNum = today + 2; dayNum <= today + LOOK_AHEAD_DAYS; dayNum++) {
    const day = dayOf(dayNum)
    let best: ParsedRule | undefined
    let holiday: boolean | undefined
    for (const rule of rules) {
      if (!occursOn(rule, day)) continue
      holiday ??= mayBeBankHoliday(nation, dayNum, day.year)
      if (holiday && !rule.roundTheClock) continue
      if (!best || rule.opens < best.opens) best = rule
    }
    if (best) return { rule: best, day: dayNum }
  }
  return undefined
}

export function preparedOpeningStatus(
  { rules, unreadable }: PreparedOpening,
  at: Date,
  options: OpeningStatusOptions = {},
): OpeningStatus {
  const nation = options.nation ?? 'england-and-wales'
  if (rules.length === 0) return { state: 'unknown', reason: 'no-hours' }

  const now = londonTime(at)
  const today = now.dayNumber
  const minute = today * MINUTES_PER_DAY + now.minutes
  const periods = nearPeriods(rules, today, nation)
  const covering = periods.filter((period) => period.start <= minute && minute < period.end)

  if (covering.some((period) => period.rule.roundTheClock)) {
    return openUntil(periods, covering, minute)
  }
  const todayMayBeHoliday = mayBeBankHoliday(nation, today, now.year)
  const certain = covering.filter((period) => !period.uncertain)
  if (certain.length > 0 && !todayMayBeHoliday) return openUntil(periods, certain, minute)

  if (covering.length === 0 && rules.every((rule) => !isValidOn(rule, today))) {
    return { state: 'unknown', reason: 'outside-dates' }
  }
  if (todayMayBeHoliday || covering.length > 0) return { state: 'unknown', reason: 'bank-holiday' }
  if (unreadable) return { state: 'unknown', reason: 'no-hours' }

  const soon = periods.find((period) => period.start > minute && !period.uncertain)
  const next = soon
    ? { rule: soon.rule, day: soon.startDay }
    : nextOpeningLater(rules, today, nation)
  if (!next) return { state: 'closed' }
  return { state: 'closed', opensNext: nextDay(next.day, today, next.rule.opensAt) }
}
