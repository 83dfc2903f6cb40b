import {
  addDays,
  daysBetween,
  firstDayOfMonth,
  lastDayOfMonth,
  weekdayIndex,
  type DayKey,
  type MonthKey,
} from './local-day.ts'

export interface CalendarCell {
  day: DayKey
  /** The day of the month, 1 to 31. */
  date: number
}

/** Seven cells, Monday first; null where a day falls outside the range shown. */
export type CalendarWeek = readonly (CalendarCell | null)[]

/** The weeks (Monday to Sunday) that cover `first` to `last`, with the days outside left empty. */
export function calendarWeeks(first: DayKey, last: DayKey): CalendarWeek[] {
  const weeks: CalendarWeek[] = []
  const leading = weekdayIndex(first)
  const length = daysBetween(first, last) + 1
  const cells = Math.ceil((leading + length) / 7) * 7
  let week: (CalendarCell | null)[] = []
  for (let index = 0; index < cells; index++) {
    const offset = index - leading
    if (offset < 0 || offset >= length) week.push(null)
    else {
      const day = addDays(first, offset)
      week.push({ day, date: Number(day.slice(8, 10)) })
    }
    if (week.length === 7) {
      weeks.push(week)
      week = []
    }
  }
  return weeks
}

export function monthWeeks(month: MonthKey): CalendarWeek[] {
  return calendarWeeks(firstDayOfMonth(month), lastDayOfMonth(month))
}
