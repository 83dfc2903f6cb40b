import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { GoalRatingRow } from '../../../db/rows.ts'
import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'

/** The chart shows the latest ratings (the table has them all), so it stays readable. */
export const CHART_RATINGS = 30

export function shownRatings(ratings: readonly GoalRatingRow[]): readonly GoalRatingRow[] {
  return ratings.slice(-CHART_RATINGS)
}

/** "7 out of 10 on 3 March 2025" */
function on(rating: GoalRatingRow, i18n: I18n): string {
  const score = rating.rating
  const day = formatDate(new Date(rating.at), i18n.locale as Locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  return i18n._(msg`${score} out of 10 on ${day}`)
}

/** A goal's chart in words: where the ratings started, where they are now, and their range. */
export function ratingsSummary(
  title: string,
  ratings: readonly GoalRatingRow[],
  i18n: I18n,
): string {
  const first = ratings[0]
  const last = ratings.at(-1)
  if (!first || !last) return i18n._(msg`No ratings yet for “${title}”.`)
  const firstText = on(first, i18n)
  if (ratings.length === 1) return i18n._(msg`Your rating for “${title}”: ${firstText}.`)
  let lowest = first.rating
  let highest = first.rating
  for (const { rating } of ratings) {
    lowest = Math.min(lowest, rating)
    highest = Math.max(highest, rating)
  }
  const lastText = on(last, i18n)
  const summary = i18n._(
    msg`Your ratings for “${title}”: first ${firstText}, latest ${lastText}. Lowest ${lowest}, highest ${highest}.`,
  )
  const shown = shownRatings(ratings).length
  if (shown === ratings.length) return summary
  return `${summary} ${i18n._(msg`The chart shows the latest ${shown}.`)}`
}
