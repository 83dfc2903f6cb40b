import { formatShortDay } from './format-date.ts'
import type { TrendBucket, TrendRange } from './trend.ts'

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

function label(bucket: TrendBucket, range: TrendRange): string {
  if (range !== '12m') return formatShortDay(bucket.start)
  const [year, month, day] = bucket.start.split('-').map(Number)
  return monthYear.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)))
}

/** Three dates under the trend line: where it starts, its middle and where it ends. */
export function trendAxisLabels(buckets: readonly TrendBucket[], range: TrendRange): string[] {
  const first = buckets[0]
  const middle = buckets[Math.floor((buckets.length - 1) / 2)]
  const last = buckets.at(-1)
  if (!first || !middle || !last) return []
  return [label(first, range), label(middle, range), label(last, range)]
}
