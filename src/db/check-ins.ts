import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { db } from './database.ts'
import type { CheckInRow } from './rows.ts'

export type NewCheckIn = Omit<CheckInRow, 'id' | 'at' | 'updatedAt'> & { at?: string }

/** The parts of a check-in a person can change afterwards. */
export type CheckInChanges = Partial<Omit<CheckInRow, 'id' | 'updatedAt'>>

export async function addCheckIn(input: NewCheckIn): Promise<CheckInRow> {
  const row: CheckInRow = { ...input, id: crypto.randomUUID(), at: input.at ?? nowIso() }
  await db().checkIns.add(row)
  void askToKeepDataOnce()
  return row
}

/** Changes one check-in; false when it no longer exists (deleted in another tab). */
export async function updateCheckIn(id: string, changes: CheckInChanges): Promise<boolean> {
  const updated = await db().checkIns.update(id, { ...changes, updatedAt: nowIso() })
  return updated === 1
}

export async function deleteCheckIn(id: string): Promise<void> {
  await db().checkIns.delete(id)
}

export function getCheckIn(id: string): Promise<CheckInRow | undefined> {
  return db().checkIns.get(id)
}

export interface CheckInRange {
  /** Inclusive ISO instant. */
  from?: string
  /** Exclusive ISO instant. */
  to?: string
}

/** Oldest first, optionally within a time range (uses the `at` index, so a month is quick). */
export function listCheckIns(range: CheckInRange = {}): Promise<CheckInRow[]> {
  const table = db().checkIns
  const { from, to } = range
  if (from === undefined && to === undefined) return table.orderBy('at').toArray()
  return table
    .where('at')
    .between(from ?? '', to ?? '\uffff', true, false)
    .toArray()
}

export function latestCheckIn(): Promise<CheckInRow | undefined> {
  return db().checkIns.orderBy('at').last()
}

export function countCheckIns(): Promise<number> {
  return db().checkIns.count()
}

/**
 * The newest check-in that was offered the ONS wellbeing questions (answered or skipped: a
 * skipped offer is stored as an empty `ons`), so they are asked only now and then.
 */
export function latestCheckInWithOns(): Promise<CheckInRow | undefined> {
  return db()
    .checkIns.orderBy('at')
    .reverse()
    .filter((row) => row.ons !== undefined)
    .first()
}

function nowIso(): string {
  return new Date().toISOString()
}
