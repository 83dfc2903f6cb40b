import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'

/**
 * Calendar dates with no time zone ("civil" dates), counted as whole days since 1970-01-01.
 * Opening rules are written in UK wall-clock time, so once an instant has been turned into a
 * London date we only need day arithmetic, which plain integers do exactly and quickly.
 */

const MS_PER_DAY = 86_400_000

/** The day number of a calendar date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

export interface CivilDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

export function civilDate(dayNum: number): CivilDate {
  const date = new Date(dayNum * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** 0 = Monday … 6 = Sunday: RFC 5545 weeks start on Monday unless told otherwise. */
export function weekdayOf(dayNum: number): number {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return (((dayNum + 3) % 7) + 7) % 7
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The day number of a YYYY-MM-DD date, or undefined when it is not a real date. */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return dayNumber(year, month, day)
}

export function isoDate(dayNum: number): string {
  const { year, month, day } = civilDate(dayNum)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** "5 January 2026" (GOV.UK style, no leading zero), "5 Ionawr 2026" in Welsh. */
export function longDate(dayNum: number, locale: Locale): string {
  return formatDate(new Date(dayNum * MS_PER_DAY), locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
