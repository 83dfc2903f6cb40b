import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState } from 'react'
import type { GoalRatingRow } from '../../../db/rows.ts'
import { LineChart } from '../../../ui/chart/line-chart.tsx'
import { formatCheckInTime, formatShortDay } from '../history/format-date.ts'
import { dayKeyOfInstant } from '../history/local-day.ts'
import { useLocale } from '../history/use-locale.ts'
import { ratingsSummary, shownRatings } from './goal-ratings.ts'
import { ScrollRegion } from '../hub/scroll-region.tsx'

const levels = [10, 5, 0].map((value) => ({ value, label: String(value) }))

interface Props {
  title: string
  ratings: readonly GoalRatingRow[]
}

function OutOfTen({ rating }: { rating: number }) {
  return <Trans>{rating} out of 10</Trans>
}

/** A goal's ratings as a small line chart, and in full as a table when asked for. */
export function GoalProgress({ title, ratings }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const { i18n } = useLingui()
  const locale = useLocale()
  if (ratings.length === 0) {
    return (
      <p className="hint">
        <Trans>No ratings yet.</Trans>
      </p>
    )
  }
  // The rating's day where the person was when they rated it, as the table shows it.
  const dateOnly = (at: string) => formatShortDay(dayKeyOfInstant(at), locale)
  const shown = shownRatings(ratings)
  const first = shown[0]
  const last = shown.at(-1)
  return (
    <div className="goal-progress">
      <LineChart
        summary={ratingsSummary(title, ratings, i18n)}
        values={shown.map((rating) => rating.rating)}
        levels={levels}
        axisLabels={
          first && last && shown.length > 1
            ? [dateOnly(first.at), dateOnly(last.at)]
            : first
              ? [dateOnly(first.at)]
              : []
        }
        className="goal-chart"
      />
      <details className="my-space-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <Trans>Show the ratings as a table</Trans>
        </summary>
        {open && (
          <ScrollRegion labelledBy={id}>
            <table className="data-table goal-table">
              <caption id={id}>
                <Trans>Your ratings for “{title}”</Trans>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Trans>When</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Rating</Trans>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ratings.map((rating) => (
                  <tr key={rating.id}>
                    <th scope="row">{formatCheckInTime(rating.at, locale)}</th>
                    <td>
                      <OutOfTen rating={rating.rating} />
                    </td>
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
