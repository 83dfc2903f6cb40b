const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' })

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const MONTH = 30 * DAY
const YEAR = 365 * DAY

/**
 * How long ago something happened, in words: "just now", "2 minutes ago", "yesterday". Counts
 * down whole units, so 59 minutes is never called "1 hour ago". A time a little in the future
 * (another device's clock running fast) is "just now".
 */
export function timeAgo(then: Date, now: Date): string {
  const elapsed = now.getTime() - then.getTime()
  if (elapsed < MINUTE) return 'just now'
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < WEEK) return relative.format(-Math.floor(elapsed / DAY), 'day')
  if (elapsed < MONTH) return relative.format(-Math.floor(elapsed / WEEK), 'week')
  if (elapsed < YEAR) return relative.format(-Math.floor(elapsed / MONTH), 'month')
  return relative.format(-Math.floor(elapsed / YEAR), 'year')
}
