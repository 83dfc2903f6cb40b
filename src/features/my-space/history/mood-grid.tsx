import type { CalendarWeek } from './calendar-weeks.ts'
import type { DayMoods } from './day-moods.ts'
import type { DayKey } from './local-day.ts'
import { MoodShape } from './mood-shape.tsx'

const WEEKDAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S']

interface Props {
  weeks: readonly CalendarWeek[]
  days: DayMoods
  today: DayKey
  /** The grid in words: its accessible name. The check-in table has every detail. */
  summary: string
}

/** Days as a picture: each day with a check-in shows the shape of its latest mood. */
export function MoodGrid({ weeks, days, today, summary }: Props) {
  return (
    <div role="img" aria-label={summary} className="mood-grid">
      {WEEKDAYS.map((weekday, index) => (
        <span key={`weekday-${index}`} className="mood-grid__weekday">
          {weekday}
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
