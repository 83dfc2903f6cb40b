/**
 * Days and months as the person lives them: in their device's own time zone, not UTC. A check-in
 * at half past midnight in British Summer Time belongs to the new day, though in UTC it is still
 * the day before. Day arithmetic goes through the local calendar (never adding 24 hours), so the
 * 23- and 25-hour days when the clocks change count as one day each.
 */

/** A local calendar day, 'YYYY-MM-DD'. */
export type DayKey = string
/** A local calendar month, 'YYYY-MM'. */
export type MonthKey = string

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))

export function dayKeyOf(date: Date): DayKey {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function dayKeyOfInstant(iso: string): DayKey {
  return dayKeyOf(new Date(iso))
}

function parts(day: DayKey): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))]
}

/** Local midnight at the start of the day. */
export function startOfDay(day: DayKey): Date {
  const [year, month, date] = parts(day)
  return new Date(year, month - 1, date)
}

export function addDays(day: DayKey, days: number): DayKey {
  const [year, month, date] = parts(day)
  return dayKeyOf(new Date(year, month - 1, date + days))
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const [y1, m1, d1] = parts(from)
  const [y2, m2, d2] = parts(to)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000)
}

/** 0 for Monday to 6 for Sunday: weeks in the UK start on a Monday. */
export function weekdayIndex(day: DayKey): number {
  return (startOfDay(day).getDay() + 6) % 7
}

/** The Monday on or before the day. */
export function weekStart(day: DayKey): DayKey {
  return addDays(day, -weekdayIndex(day))
}

export function monthOf(day: DayKey): MonthKey {
  return day.slice(0, 7)
}

export function addMonths(month: MonthKey, months: number): MonthKey {
  const date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + months, 1)
  return dayKeyOf(date).slice(0, 7)
}

export function firstDayOfMonth(month: MonthKey): DayKey {
  return `${month}-01`
}

export function lastDayOfMonth(month: MonthKey): DayKey {
  return addDays(firstDayOfMonth(addMonths(month, 1)), -1)
}

/** The instants a range of whole local days covers, for a query: `from` inclusive, `to` not. */
export function instantRange(first: DayKey, last: DayKey): { from: string; to: string } {
  return {
    from: startOfDay(first).toISOString(),
    to: startOfDay(addDays(last, 1)).toISOString(),
  }
}

export function monthRange(month: MonthKey): { from: string; to: string } {
  return instantRange(firstDayOfMonth(month), lastDayOfMonth(month))
}

/** A month from an address such as ?month=2025-03, or undefined when it is not one. */
export function parseMonthKey(value: string | null | undefined): MonthKey | undefined {
  if (!value || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return undefined
  return value
}
