import type { OpeningRule } from '../../src/features/directory/service-model.ts'
import { cleanOptional } from './clean-text.ts'
import { show } from './field-schemas.ts'
import { describeProblems, parseLeniently } from './lenient-parse.ts'
import { ScheduleSchema } from './oruk-schemas.ts'
import type { RecordLog } from './report.ts'
import { readDays, readMonthDays, weekdayOf } from './schedule-days.ts'

/**
 * ORUK schedules to opening rules. A wrong rule is worse than none: "open now" shown for a
 * closed service is a clinical-safety hazard. So any doubt about when a service opens drops the
 * rule (reported), and an empty list means "hours unknown", which the app never guesses at.
 *
 * Overnight: a closing time earlier than the opening time means the period ends the next day
 * (Fri 20:00–02:00, or 17:00–00:00 for "5pm to midnight"). Such a period is accepted only if it
 * lasts at most MAX_OVERNIGHT_HOURS. Longer, it is far more likely a data error (09:00–17:00
 * typed the wrong way round reads as a 16-hour night) and the rule is dropped.
 */
export const MAX_OVERNIGHT_HOURS = 12

export interface ScheduleReading {
  rule?: OpeningRule
  /** attending_type / attending_access words, read for delivery modes even if the rule fails. */
  attending: string[]
}

// A bad value in any of these puts the whole rule in doubt.
const CRITICAL = ['freq', 'byday', 'bymonthday', 'interval', 'dtstart', 'valid_from', 'valid_to']
const CRITICAL_TIMES = ['opens_at', 'closes_at']

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** "9:00:00" → "09:00"; "24:00" → "00:00" (the same instant); undefined if not a real time. */
function readTime(raw: string): { time?: string; offset: boolean } {
  const match = /^(\d{1,2}):(\d\d)/.exec(raw)
  const offset = /(Z|[+-]\d\d(:?\d\d)?)$/i.test(raw)
  if (!match) return { offset }
  const hour = Number(match[1])
  const minute = match[2] ?? '00'
  if (hour === 24) return minute === '00' ? { time: '00:00', offset } : { offset }
  return hour > 23 ? { offset } : { time: `${String(hour).padStart(2, '0')}:${minute}`, offset }
}

export function readSchedule(raw: unknown, position: number, log: RecordLog): ScheduleReading {
  const parsed = parseLeniently(ScheduleSchema, raw)
  if (!parsed.ok) {
    log.repairs.push(`schedule #${position} ${describeProblems(parsed.problems)} — dropped`)
    return { attending: [] }
  }
  const s = parsed.value
  const label = `schedule ${s.id ?? `#${position}`}`
  const attending = [s.attending_type, s.attending_access].filter((t) => t !== undefined)
  const reading = (rule?: OpeningRule): ScheduleReading => ({ rule, attending })

  const critical = parsed.dropped.filter(
    (p) => CRITICAL.includes(p.field) || CRITICAL_TIMES.includes(p.field),
  )
  if (critical.length > 0) {
    log.repairs.push(`${label} ${describeProblems(critical)} — dropped`)
    return reading()
  }
  for (const problem of parsed.dropped) {
    log.repairs.push(`${label} ${describeProblems([problem])} — left out`)
  }

  if (s.opens_at === undefined || s.closes_at === undefined) {
    log.repairs.push(
      `${label} has no ${s.opens_at === undefined ? 'opening' : 'closing'} time — dropped`,
    )
    return reading()
  }
  const opens = readTime(s.opens_at)
  const closes = readTime(s.closes_at)
  if (opens.time === undefined || closes.time === undefined) {
    const bad = opens.time === undefined ? s.opens_at : s.closes_at
    log.repairs.push(`${label} time ${show(bad)} is not a time of day — dropped`)
    return reading()
  }
  if (opens.offset || closes.offset) {
    log.warnings.push(
      `${label} times carry a UTC offset (${s.opens_at}–${s.closes_at}); read as UK local time`,
    )
  }
  const opensAt = opens.time
  let closesAt = closes.time
  if (opensAt === closesAt) {
    if (opensAt !== '00:00') {
      log.repairs.push(`${label} opens and closes at the same time (${opensAt}) — dropped`)
      return reading()
    }
    log.repairs.push(`${label} 00:00 to 00:00 read as open all day (00:00 to 23:59)`)
    closesAt = '23:59'
  }
  if (minutes(closesAt) < minutes(opensAt)) {
    const hours = (24 * 60 - minutes(opensAt) + minutes(closesAt)) / 60
    if (hours > MAX_OVERNIGHT_HOURS) {
      log.repairs.push(
        `${label} closes at ${closesAt} before it opens at ${opensAt} (an overnight period of ` +
          `${Math.round(hours * 10) / 10} hours, longer than ${MAX_OVERNIGHT_HOURS}) — dropped`,
      )
      return reading()
    }
  }

  const givenFreq = s.freq?.trim().toUpperCase() ?? ''
  let daysText = s.byday
  let freq: OpeningRule['freq']
  if (givenFreq === 'WEEKLY' || givenFreq === 'MONTHLY') {
    freq = givenFreq
  } else if (givenFreq === '') {
    log.repairs.push(`${label} has no freq — read as WEEKLY`)
    freq = 'WEEKLY'
  } else if (givenFreq === 'DAILY') {
    log.repairs.push(`${label} freq DAILY read as WEEKLY on ${daysText ?? 'every day'}`)
    freq = 'WEEKLY'
    daysText ??= 'MO,TU,WE,TH,FR,SA,SU'
  } else {
    log.repairs.push(`${label} freq ${show(s.freq)} is not WEEKLY or MONTHLY — dropped`)
    return reading()
  }

  const days = readDays(daysText, freq)
  if (freq === 'WEEKLY' && days.ordinalOnly) {
    log.repairs.push(`${label} byday ${show(daysText)} counts weeks in a month — read as MONTHLY`)
    freq = 'MONTHLY'
  }
  for (const bad of days.bad)
    log.repairs.push(`${label} byday ${show(bad)} is not a day — left out`)
  const monthDays = readMonthDays(s.bymonthday)
  for (const bad of monthDays.bad) {
    log.repairs.push(`${label} bymonthday ${show(bad)} is not a day of the month — left out`)
  }
  let byDay = freq === 'MONTHLY' ? days.monthly : days.weekly
  let byMonthDay = monthDays.days
  if (freq === 'WEEKLY' && byMonthDay.length > 0) {
    log.repairs.push(`${label} bymonthday has no meaning in a WEEKLY rule — ignored`)
    byMonthDay = []
  }
  if (byDay.length === 0 && byMonthDay.length === 0) {
    // RFC 5545: with no BYDAY or BYMONTHDAY, the rule repeats on the day of its DTSTART.
    if (s.dtstart === undefined) {
      log.repairs.push(`${label} says no day it is open — dropped`)
      return reading()
    }
    if (freq === 'WEEKLY') byDay = [weekdayOf(s.dtstart)]
    else byMonthDay = [Number(s.dtstart.slice(8, 10))]
    log.repairs.push(`${label} has no days — read as the day of dtstart ${s.dtstart}`)
  }

  const interval = s.interval ?? 1
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) {
    log.repairs.push(`${label} interval ${show(s.interval)} is not a whole number from 1 — dropped`)
    return reading()
  }
  if (interval > 1 && s.dtstart === undefined) {
    log.repairs.push(
      `${label} repeats every ${interval} but has no dtstart to count from — dropped`,
    )
    return reading()
  }

  let validFrom = s.valid_from
  let validTo = s.valid_to
  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) {
    log.repairs.push(`${label} valid_to ${validTo} is before valid_from ${validFrom} — swapped`)
    ;[validFrom, validTo] = [validTo, validFrom]
  }

  const description = cleanOptional(s.description)
  // Keys in the model's order, optional ones only when present: a compact, stable bundle.
  return reading({
    freq,
    byDay,
    ...(byMonthDay.length > 0 && { byMonthDay }),
    ...(interval > 1 && { interval }),
    ...(s.dtstart !== undefined && { dtstart: s.dtstart }),
    opensAt,
    closesAt,
    ...(validFrom !== undefined && { validFrom }),
    ...(validTo !== undefined && { validTo }),
    ...(description !== undefined && { description }),
  })
}
