import type { GoalRatingRow } from '../../../db/rows.ts'

/** The chart shows the latest ratings (the table has them all), so it stays readable. */
export const CHART_RATINGS = 30

export function shownRatings(ratings: readonly GoalRatingRow[]): readonly GoalRatingRow[] {
  return ratings.slice(-CHART_RATINGS)
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
const on = (rating: GoalRatingRow) =>
  `${rating.rating} out of 10 on ${day.format(new Date(rating.at))}`

/** A goal's chart in words: where the ratings started, where they are now, and their range. */
export function ratingsSummary(title: string, ratings: readonly GoalRatingRow[]): string {
  const first = ratings[0]
  const last = ratings.at(-1)
  if (!first || !last) return `No ratings yet for “${title}”.`
  if (ratings.length === 1) return `Your rating for “${title}”: ${on(first)}.`
  let lowest = first.rating
  let highest = first.rating
  for (const { rating } of ratings) {
    lowest = Math.min(lowest, rating)
    highest = Math.max(highest, rating)
  }
  const shown = shownRatings(ratings).length
  const scope = shown < ratings.length ? ` The chart shows the latest ${shown}.` : ''
  return (
    `Your ratings for “${title}”: first ${on(first)}, latest ${on(last)}. ` +
    `Lowest ${lowest}, highest ${highest}.${scope}`
  )
}
