/* eslint-disable lingui/no-unlocalized-strings -- a time zone's name and a programming error, never shown to people */
import { dayNumber, weekdayOf } from './civil-date.ts'

/** An instant as a clock on a wall in the UK reads it. */
export interface LondonTime {
  readonly year: number
  /** 1–12 */
  readonly month: number
  /** 1–31 */
  readonly day: number
  /** 0 = Monday … 6 = Sunday */
  readonly weekday: number
  /** Minutes since local midnight, 0–1439. */
  readonly minutes: number
  /** Days since 1970-01-01 of the local date, for day arithmetic. */
  readonly dayNumber: number
}

// Made once: building a formatter costs far more than using one, and the directory asks for
// every service's status on each render. The browser's time zone data knows the BST rules, so
// we carry none of our own. h23 stops midnight being read as "24".
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
})

// A directory page asks about every service at the same moment: remember the last minute asked.
// UK clock changes happen on the hour, so one UTC minute is one London minute.
let lastMinute = Number.NaN
let lastTime: LondonTime | undefined

export function londonTime(at: Date): LondonTime {
  const minute = Math.floor(at.getTime() / 60_000)
  if (Number.isNaN(minute)) throw new RangeError('londonTime needs a valid date')
  if (minute === lastMinute && lastTime) return lastTime
  lastTime = readLondonTime(at)
  lastMinute = minute
  return lastTime
}

function readLondonTime(at: Date): LondonTime {
  let year = 0
  let month = 0
  let day = 0
  let hour = 0
  let minute = 0
  for (const part of LONDON.formatToParts(at)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value)
        break
      case 'month':
        month = Number(part.value)
        break
      case 'day':
        day = Number(part.value)
        break
      case 'hour':
        hour = Number(part.value)
        break
      case 'minute':
        minute = Number(part.value)
        break
    }
  }
  const dayNum = dayNumber(year, month, day)
  return {
    year,
    month,
    day,
    weekday: weekdayOf(dayNum),
    minutes: hour * 60 + minute,
    dayNumber: dayNum,
  }
}
