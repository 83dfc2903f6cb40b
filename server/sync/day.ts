import type { Day } from '../store/store.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** The UTC calendar day of a moment: the only time the store keeps. */
export function dayOf(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10)
}

export function daysBefore(ms: number, days: number): Day {
  return dayOf(ms - days * DAY_MS)
}
