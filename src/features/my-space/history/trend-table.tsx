import { useId, useState } from 'react'
import { formatDay } from './format-date.ts'
import { moodWord } from './mood-words.ts'
import { trendRanges, trendUnit, type TrendBucket, type TrendRange } from './trend.ts'
import { ScrollRegion } from '../hub/scroll-region.tsx'

interface Props {
  buckets: readonly TrendBucket[]
  range: TrendRange
}

/** The trend's points as a table, drawn only when opened (a year of weeks is 52 rows). */
export function TrendTable({ buckets, range }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const unit = trendUnit(range)
  const span = trendRanges.find((option) => option.value === range)?.span
  const filled = buckets.filter((bucket) => bucket.average !== null)
  return (
    <details className="my-space-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show this as a table</summary>
      {open &&
        (filled.length === 0 ? (
          <p>No check-ins in {span}.</p>
        ) : (
          <ScrollRegion labelledBy={id}>
            <table className="data-table">
              <caption id={id}>
                Your mood {unit === 'day' ? 'day by day' : 'week by week'} over {span}. Only{' '}
                {unit === 'day' ? 'days' : 'weeks'} with a check-in are listed.
              </caption>
              <thead>
                <tr>
                  <th scope="col">{unit === 'day' ? 'Day' : 'Week starting'}</th>
                  <th scope="col">Average mood</th>
                </tr>
              </thead>
              <tbody>
                {filled.map((bucket) => (
                  <tr key={bucket.start}>
                    <th scope="row">{formatDay(bucket.start)}</th>
                    <td>
                      {moodWord(bucket.average ?? 0)} ({(bucket.average ?? 0).toFixed(1)} out of 5)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </details>
  )
}
