import { useRef, useState } from 'react'
import { latestCheckIn, listCheckIns } from '../../../db/check-ins.ts'
import type { CheckInRow } from '../../../db/rows.ts'
import { markHistoryData } from './history-timing.ts'
import { dayKeyOf, instantRange, monthRange, type DayKey, type MonthKey } from './local-day.ts'
import { historyWindowStart } from './trend.ts'
import { useLiveRead } from './use-live-read.ts'

/** The last 12 months or so: all the trend and "lower than your usual" need. */
export interface RecentHistory {
  today: DayKey
  checkIns: CheckInRow[]
  /** False only when there is no check-in at all, however old. */
  hasAny: boolean
}

export interface MonthHistory {
  month: MonthKey
  checkIns: CheckInRow[]
}

export type HistoryData =
  { status: 'loading' | 'failed' } | { status: 'ready'; recent: RecentHistory; month: MonthHistory }

async function readRecent(today: DayKey): Promise<RecentHistory> {
  const range = instantRange(historyWindowStart(today), today)
  const [checkIns, latest] = await Promise.all([listCheckIns(range), latestCheckIn()])
  return { today, checkIns, hasAny: latest !== undefined }
}

async function readMonth(month: MonthKey): Promise<MonthHistory> {
  return { month, checkIns: await listCheckIns(monthRange(month)) }
}

/**
 * The history screen's data, in two small reads by date (never every check-in at once): the
 * recent months for the trend, and the month the calendar and table show.
 */
export function useHistoryData(month: MonthKey): HistoryData {
  const [today] = useState(() => dayKeyOf(new Date()))
  const arrived = useRef({ recent: false, month: false, marked: false })
  const arrive = (part: 'recent' | 'month') => {
    const state = arrived.current
    state[part] = true
    if (state.recent && state.month && !state.marked) {
      state.marked = true
      markHistoryData()
    }
  }
  const recent = useLiveRead(
    `recent:${today}`,
    () => readRecent(today),
    () => arrive('recent'),
  )
  const shown = useLiveRead(
    `month:${month}`,
    () => readMonth(month),
    () => arrive('month'),
  )

  if (recent.status === 'failed' || shown.status === 'failed') return { status: 'failed' }
  if (recent.status === 'loading' || shown.status === 'loading') return { status: 'loading' }
  return { status: 'ready', recent: recent.value, month: shown.value }
}
