import { useLayoutEffect, useMemo, useRef } from 'react'
import { summariseDays } from './day-moods.ts'
import { measureHistoryRender } from './history-timing.ts'
import type { MonthKey } from './local-day.ts'
import { LowerThanUsual } from './lower-than-usual.tsx'
import { MonthSection } from './month-section.tsx'
import { TrendSection } from './trend-section.tsx'
import type { MonthHistory, RecentHistory } from './use-history-data.ts'
import { lowerThanUsual } from './usual-mood.ts'

interface Props {
  recent: RecentHistory
  shown: MonthHistory
  month: MonthKey
  onMonthChange: (month: MonthKey) => void
}

/** The history once its data has arrived: the days are summed once, and every part reads them. */
export function HistoryView({ recent, shown, month, onMonthChange }: Props) {
  const days = useMemo(() => summariseDays(recent.checkIns), [recent])
  const usual = useMemo(() => lowerThanUsual(days, recent.today), [days, recent.today])

  // Runs once the charts are in the page with the data, before the browser paints them.
  const measured = useRef(false)
  useLayoutEffect(() => {
    if (measured.current) return
    measured.current = true
    measureHistoryRender()
  }, [])

  return (
    <>
      {usual && <LowerThanUsual />}
      <TrendSection days={days} today={recent.today} />
      <MonthSection
        month={month}
        shown={shown}
        today={recent.today}
        onMonthChange={onMonthChange}
      />
    </>
  )
}
