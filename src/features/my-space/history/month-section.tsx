import { Trans, useLingui } from '@lingui/react/macro'
import { useMemo } from 'react'
import { monthWeeks } from './calendar-weeks.ts'
import { CheckInTable } from './check-in-table.tsx'
import { summariseDays } from './day-moods.ts'
import { calendarSummary } from './history-summaries.ts'
import { monthOf, type DayKey, type MonthKey } from './local-day.ts'
import { MonthNavigation } from './month-navigation.tsx'
import { MoodGrid } from './mood-grid.tsx'
import { MoodKey } from './mood-key.tsx'
import type { MonthHistory } from './use-history-data.ts'

interface Props {
  /** The month asked for; `shown` may still be the one before while it loads. */
  month: MonthKey
  shown: MonthHistory
  today: DayKey
  onMonthChange: (month: MonthKey) => void
}

/** A month as a calendar of moods, then as a table with every detail. */
export function MonthSection({ month, shown, today, onMonthChange }: Props) {
  const days = useMemo(() => summariseDays(shown.checkIns), [shown])
  const { i18n } = useLingui()
  return (
    <section className="history-section" aria-labelledby="history-month">
      <h2 id="history-month">
        <Trans>Month by month</Trans>
      </h2>
      <MonthNavigation month={month} current={monthOf(today)} onChange={onMonthChange} />
      <MoodGrid
        weeks={monthWeeks(shown.month)}
        days={days}
        today={today}
        summary={calendarSummary(shown.month, days, i18n)}
      />
      <MoodKey />
      <p className="hint">
        <Trans>On a day with more than one check-in, the calendar shows the latest.</Trans>
      </p>
      <CheckInTable month={shown.month} checkIns={shown.checkIns} />
    </section>
  )
}
