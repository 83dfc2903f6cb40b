import { civilDate, daysInMonth, weekdayOf } from './civil-date.ts'
import type { ParsedRule } from './parse-rule.ts'

/** One local calendar day, worked out once and shared by every rule that is checked on it. */
export interface Day {
  readonly dayNumber: number
  readonly year: number
  readonly month: number
  readonly day: number
  readonly weekday: number
  readonly daysInMonth: number
}

// Every service is checked against the same few days, so each day is worked out once.
const days = new Map<number, Day>()

export function dayOf(dayNum: number): Day {
  let day = days.get(dayNum)
  if (!day) {
    if (days.size > 400) days.clear()
    day = makeDay(dayNum)
    days.set(dayNum, day)
  }
  return day
}

function makeDay(dayNum: number): Day {
  const { year, month, day } = civilDate(dayNum)
  return {
    dayNumber: dayNum,
    year,
    month,
    day,
    weekday: weekdayOf(dayNum),
    daysInMonth: daysInMonth(year, month),
  }
}

/** valid_from and valid_to are inclusive dates. */
export function isValidOn(rule: ParsedRule, dayNum: number): boolean {
  return (
    (rule.validFrom === undefined || dayNum >= rule.validFrom) &&
    (rule.validTo === undefined || dayNum <= rule.validTo)
  )
}

/** Whether a period of this rule starts on this day. */
export function occursOn(rule: ParsedRule, day: Day): boolean {
  if (!isValidOn(rule, day.dayNumber)) return false
  if (rule.start !== undefined && day.dayNumber < rule.start) return false
  return rule.freq === 'WEEKLY' ? occursWeekly(rule, day) : occursMonthly(rule, day)
}

function occursWeekly(rule: ParsedRule, day: Day): boolean {
  if ((rule.weekdays & (1 << day.weekday)) === 0) return false
  if (rule.interval === 1 || rule.start === undefined) return true
  // Weeks run Monday to Sunday (RFC 5545's default WKST), counted from dtstart's week.
  const weekOf = (dayNum: number) => (dayNum - weekdayOf(dayNum)) / 7
  return (weekOf(day.dayNumber) - weekOf(rule.start)) % rule.interval === 0
}

function occursMonthly(rule: ParsedRule, day: Day): boolean {
  if (rule.interval > 1 && rule.start !== undefined) {
    const first = civilDate(rule.start)
    const months = (day.year - first.year) * 12 + (day.month - first.month)
    if (months % rule.interval !== 0) return false
  }
  // RFC 5545: when both are given, a day must match both (e.g. Friday the 13th).
  const dayMatches = rule.byDay.length === 0 || rule.byDay.some((entry) => matchesByDay(entry, day))
  const dateMatches =
    rule.byMonthDay.length === 0 ||
    rule.byMonthDay.some((n) => (n > 0 ? day.day === n : day.day === day.daysInMonth + n + 1))
  return dayMatches && dateMatches
}

function matchesByDay(entry: { weekday: number; ordinal?: number }, day: Day): boolean {
  if (entry.weekday !== day.weekday) return false
  if (entry.ordinal === undefined) return true
  // The nth such weekday counted from the start of the month, or from its end when negative.
  const fromStart = Math.ceil(day.day / 7)
  const fromEnd = Math.floor((day.daysInMonth - day.day) / 7) + 1
  return entry.ordinal > 0 ? fromStart === entry.ordinal : fromEnd === -entry.ordinal
}
