import type { Locale } from '../../../i18n/locales.ts'
import { formatShortDay, formatShortMonth } from './format-date.ts'
import type { TrendBucket, TrendRange } from './trend.ts'

function label(bucket: TrendBucket, range: TrendRange, locale: Locale): string {
  return range === '12m'
    ? formatShortMonth(bucket.start, locale)
    : formatShortDay(bucket.start, locale)
}

/** Three dates under the trend line: where it starts, its middle and where it ends. */
export function trendAxisLabels(
  buckets: readonly TrendBucket[],
  range: TrendRange,
  locale: Locale,
): string[] {
  const first = buckets[0]
  const middle = buckets[Math.floor((buckets.length - 1) / 2)]
  const last = buckets.at(-1)
  if (!first || !middle || !last) return []
  return [label(first, range, locale), label(middle, range, locale), label(last, range, locale)]
}
