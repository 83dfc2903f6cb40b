import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'
import type { DayKey, MonthKey } from './local-day.ts'

/*
 * Days and months are formatted from their own numbers in UTC, so the words never shift a day
 * whatever the device's time zone. Only a check-in's time of day uses the device's zone.
 */
const utc = (day: DayKey) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))))

/** "Monday 3 March 2025" */
export const formatLongDay = (day: DayKey, locale: Locale) =>
  formatDate(utc(day), locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
/** "3 Mar" */
export const formatShortDay = (day: DayKey, locale: Locale) =>
  formatDate(utc(day), locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
/** "3 March 2025" */
export const formatDay = (day: DayKey, locale: Locale) =>
  formatDate(utc(day), locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
/** "March 2025" */
export const formatMonth = (month: MonthKey, locale: Locale) =>
  formatDate(utc(`${month}-01`), locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
/** "Mar 2025" */
export const formatShortMonth = (day: DayKey, locale: Locale) =>
  formatDate(utc(day), locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
/** "Mon 3 Mar 2025, 14:05", in the device's time zone. */
export const formatCheckInTime = (iso: string, locale: Locale) =>
  formatDate(new Date(iso), locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
