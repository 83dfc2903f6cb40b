import { useLiveQuery } from 'dexie-react-hooks'
import { latestCheckIn, listCheckIns } from '../../../db/check-ins.ts'
import { LockedError } from '../../../db/lock/locked-error.ts'
import type { LockState } from '../../../db/lock/lock-state.ts'
import type { CheckInRow } from '../../../db/rows.ts'
import { addDays, dayKeyOf, instantRange, weekStart, type DayKey } from '../history/local-day.ts'

export interface RecentCheckIns {
  /** From the Monday three weeks before this one, to today. */
  first: DayKey
  today: DayKey
  checkIns: CheckInRow[]
  hasAny: boolean
}

async function readRecent(): Promise<RecentCheckIns | 'locked'> {
  // Read when the query runs, never while a page is prerendered: today is the device's today.
  const today = dayKeyOf(new Date())
  const first = addDays(weekStart(today), -21)
  try {
    const [checkIns, latest] = await Promise.all([
      listCheckIns(instantRange(first, today)),
      latestCheckIn(),
    ])
    return { first, today, checkIns, hasAny: latest !== undefined }
  } catch (error) {
    // Locked in another tab between two reads: say so rather than fail.
    if (error instanceof LockedError) return 'locked'
    throw error
  }
}

/**
 * The last few weeks of check-ins, for My space's glance; 'locked' while My space is locked;
 * undefined while reading. Read again when the lock changes in this tab.
 */
export function useRecentCheckIns(
  lock: LockState | undefined,
): RecentCheckIns | 'locked' | undefined {
  return useLiveQuery(readRecent, [lock])
}
