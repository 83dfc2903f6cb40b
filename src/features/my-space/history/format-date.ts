import type { DayKey, MonthKey } from './local-day.ts'

/*
 * Days and months are formatted from their own numbers in UTC, so the words never shift a day
 * whatever the device's time zone. Only a check-in's time of day uses the device's zone.
 */
const utc = (day: DayKey) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))))

const longDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const shortDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})
const dayAndMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const monthName = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const checkInTime = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** "Monday 3 March 2025" */
export const formatLongDay = (day: DayKey) => longDay.format(utc(day))
/** "3 Mar" */
export const formatShortDay = (day: DayKey) => shortDay.format(utc(day))
/** "3 March 2025" */
export const formatDay = (day: DayKey) => dayAndMonth.format(utc(day))
/** "March 2025" */
export const formatMonth = (month: MonthKey) => monthName.format(utc(`${month}-01`))
/** "Mon 3 Mar 2025, 14:05", in the device's time zone. */
export const formatCheckInTime = (iso: string) => checkInTime.format(new Date(iso))
