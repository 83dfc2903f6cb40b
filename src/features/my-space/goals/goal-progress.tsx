import { useId, useState } from 'react'
import type { GoalRatingRow } from '../../../db/rows.ts'
import { LineChart } from '../../../ui/chart/line-chart.tsx'
import { formatCheckInTime } from '../history/format-date.ts'
import { ratingsSummary, shownRatings } from './goal-ratings.ts'
import { ScrollRegion } from '../hub/scroll-region.tsx'

const levels = [
  { value: 10, label: '10' },
  { value: 5, label: '5' },
  { value: 0, label: '0' },
]

const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })

interface Props {
  title: string
  ratings: readonly GoalRatingRow[]
}

/** A goal's ratings as a small line chart, and in full as a table when asked for. */
export function GoalProgress({ title, ratings }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  if (ratings.length === 0) return <p className="hint">No ratings yet.</p>
  const shown = shownRatings(ratings)
  const first = shown[0]
  const last = shown.at(-1)
  return (
    <div className="goal-progress">
      <LineChart
        summary={ratingsSummary(title, ratings)}
        values={shown.map((rating) => rating.rating)}
        levels={levels}
        axisLabels={
          first && last && shown.length > 1
            ? [dateOnly.format(new Date(first.at)), dateOnly.format(new Date(last.at))]
            : first
              ? [dateOnly.format(new Date(first.at))]
              : []
        }
        className="goal-chart"
      />
      <details className="my-space-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Show the ratings as a table</summary>
        {open && (
          <ScrollRegion labelledBy={id}>
            <table className="data-table goal-table">
              <caption id={id}>Your ratings for “{title}”</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Rating</th>
                </tr>
              </thead>
              <tbody>
                {ratings.map((rating) => (
                  <tr key={rating.id}>
                    <th scope="row">{formatCheckInTime(rating.at)}</th>
                    <td>{rating.rating} out of 10</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </details>
    </div>
  )
}
