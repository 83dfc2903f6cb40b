import { msg } from '@lingui/core/macro'
import { useLingui } from '@lingui/react/macro'
import type { CalendarWeek } from './calendar-weeks.ts'
import type { DayMoods } from './day-moods.ts'
import type { DayKey } from './local-day.ts'
import { MoodShape } from './mood-shape.tsx'

/** Monday first: each weekday's first letter, above its column. */
const WEEKDAYS = [
  msg({ message: 'M', context: 'Monday, one letter' }),
  msg({ message: 'T', context: 'Tuesday, one letter' }),
  msg({ message: 'W', context: 'Wednesday, one letter' }),
  msg({ message: 'T', context: 'Thursday, one letter' }),
  msg({ message: 'F', context: 'Friday, one letter' }),
  msg({ message: 'S', context: 'Saturday, one letter' }),
  msg({ message: 'S', context: 'Sunday, one letter' }),
]

interface Props {
  weeks: readonly CalendarWeek[]
  days: DayMoods
  today: DayKey
  /** The grid in words: its accessible name. The check-in table has every detail. */
  summary: string
}

/** Days as a picture: each day with a check-in shows the shape of its latest mood. */
export function MoodGrid({ weeks, days, today, summary }: Props) {
  const { i18n } = useLingui()
  return (
    <div role="img" aria-label={summary} className="mood-grid">
      {WEEKDAYS.map((weekday, index) => (
        <span key={`weekday-${index}`} className="mood-grid__weekday">
          {i18n._(weekday)}
        </span>
      ))}
      {weeks.flat().map((cell, index) => {
        if (!cell) return <span key={`blank-${index}`} />
        const mood = days.get(cell.day)
        const className =
          cell.day === today ? 'mood-grid__day mood-grid__day--today' : 'mood-grid__day'
        return (
          <span key={cell.day} className={className}>
            <span className="mood-grid__date">{cell.date}</span>
            {mood && <MoodShape mood={mood.latest} />}
          </span>
        )
      })}
    </div>
  )
}
