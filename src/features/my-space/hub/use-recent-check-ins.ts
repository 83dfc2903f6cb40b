import { useLiveQuery } from 'dexie-react-hooks'
import { latestCheckIn, listCheckIns } from '../../../db/check-ins.ts'
import type { CheckInRow } from '../../../db/rows.ts'
import { addDays, dayKeyOf, instantRange, weekStart, type DayKey } from '../history/local-day.ts'

export interface RecentCheckIns {
  /** From the Monday three weeks before this one, to today. */
  first: DayKey
  today: DayKey
  checkIns: CheckInRow[]
  hasAny: boolean
}

async function readRecent(): Promise<RecentCheckIns> {
  // Read when the query runs, never while a page is prerendered: today is the device's today.
  const today = dayKeyOf(new Date())
  const first = addDays(weekStart(today), -21)
  const [checkIns, latest] = await Promise.all([
    listCheckIns(instantRange(first, today)),
    latestCheckIn(),
  ])
  return { first, today, checkIns, hasAny: latest !== undefined }
}

/** The last few weeks of check-ins, for My space's glance; undefined while reading. */
export function useRecentCheckIns(): RecentCheckIns | undefined {
  return useLiveQuery(readRecent, [])
}
