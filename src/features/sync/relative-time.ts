import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const MONTH = 30 * DAY
const YEAR = 365 * DAY

/**
 * How long ago something happened, in words: "just now", "2 minutes ago", "yesterday". Counts
 * down whole units, so 59 minutes is never called "1 hour ago". A time a little in the future
 * (another device's clock running fast) is "just now". Messages rather than Intl's relative
 * times, which have no Welsh in Chromium.
 */
export function timeAgo(then: Date, now: Date, i18n: I18n): string {
  const elapsed = now.getTime() - then.getTime()
  if (elapsed < MINUTE) return i18n._(msg`just now`)
  if (elapsed < HOUR) {
    const minutes = Math.floor(elapsed / MINUTE)
    return i18n._(msg`${plural(minutes, { one: '# minute ago', other: '# minutes ago' })}`)
  }
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR)
    return i18n._(msg`${plural(hours, { one: '# hour ago', other: '# hours ago' })}`)
  }
  if (elapsed < WEEK) {
    const days = Math.floor(elapsed / DAY)
    if (days === 1) return i18n._(msg`yesterday`)
    return i18n._(msg`${plural(days, { one: '# day ago', other: '# days ago' })}`)
  }
  if (elapsed < MONTH) {
    const weeks = Math.floor(elapsed / WEEK)
    if (weeks === 1) return i18n._(msg`last week`)
    return i18n._(msg`${plural(weeks, { one: '# week ago', other: '# weeks ago' })}`)
  }
  if (elapsed < YEAR) {
    const months = Math.floor(elapsed / MONTH)
    if (months === 1) return i18n._(msg`last month`)
    return i18n._(msg`${plural(months, { one: '# month ago', other: '# months ago' })}`)
  }
  const years = Math.floor(elapsed / YEAR)
  if (years === 1) return i18n._(msg`last year`)
  return i18n._(msg`${plural(years, { one: '# year ago', other: '# years ago' })}`)
}
