import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import {
  changeRows,
  checkNotLocked,
  editRow,
  keyOf,
  readRow,
  readRows,
  storedTable,
  toStored,
} from './personal-rows.ts'
import { db } from './database.ts'
import { currentRowLock } from './lock/row-lock.ts'
import type { CheckInRow } from './rows.ts'
import { isSealed, openRows } from './sealing.ts'

export type NewCheckIn = Omit<CheckInRow, 'id' | 'at' | 'updatedAt'> & { at?: string }

/** The parts of a check-in a person can change afterwards. */
export type CheckInChanges = Partial<Omit<CheckInRow, 'id' | 'updatedAt'>>

export async function addCheckIn(input: NewCheckIn): Promise<CheckInRow> {
  const row: CheckInRow = { ...input, id: crypto.randomUUID(), at: input.at ?? nowIso() }
  await changeRows(['checkIns'], async (lock, database) => {
    const stored = await toStored(lock, 'checkIns', row)
    return { write: () => database.checkIns.add(stored) }
  })
  void askToKeepDataOnce()
  return row
}

/** Changes one check-in; false when it no longer exists (deleted in another tab). */
export async function updateCheckIn(id: string, changes: CheckInChanges): Promise<boolean> {
  return editRow('checkIns', id, (current) => {
    if (!current) return { result: false }
    const row: CheckInRow = { ...current, ...changes, id, updatedAt: nowIso() }
    // As Dexie's own update did: a part set to undefined is taken away.
    for (const [field, value] of Object.entries(row)) {
      if (value === undefined) delete (row as unknown as Record<string, unknown>)[field]
    }
    return { row, result: true }
  })
}

export async function deleteCheckIn(id: string): Promise<void> {
  await changeRows(['checkIns'], async (_lock, database) => ({
    write: () => database.checkIns.delete(id),
  }))
}

export function getCheckIn(id: string): Promise<CheckInRow | undefined> {
  return readRow('checkIns', (table) => table.get(id))
}

export interface CheckInRange {
  /** Inclusive ISO instant. */
  from?: string
  /** Exclusive ISO instant. */
  to?: string
}

/** Oldest first, optionally within a time range (uses the `at` index, so a month is quick). */
export function listCheckIns(range: CheckInRange = {}): Promise<CheckInRow[]> {
  const { from, to } = range
  return readRows('checkIns', (table) =>
    from === undefined && to === undefined
      ? table.orderBy('at').toArray()
      : table
          .where('at')
          .between(from ?? '', to ?? '\uffff', true, false)
          .toArray(),
  )
}

export function latestCheckIn(): Promise<CheckInRow | undefined> {
  return readRow('checkIns', (table) => table.orderBy('at').last())
}

export async function countCheckIns(): Promise<number> {
  await checkNotLocked()
  return db().checkIns.count()
}

/** How many sealed check-ins to open at a time while looking for the newest with the questions. */
const BATCH = 50

/**
 * The newest check-in that was offered the ONS wellbeing questions (answered or skipped: a
 * skipped offer is stored as an empty `ons`), so they are asked only now and then.
 */
export async function latestCheckInWithOns(): Promise<CheckInRow | undefined> {
  const database = db()
  const lock = await currentRowLock(database)
  const newestFirst = () => storedTable(database, 'checkIns').orderBy('at').reverse()
  // Plain records are checked by the database itself; a sealed one stops the search there.
  const first = await newestFirst()
    .filter((row) => isSealed(row) || row.ons !== undefined)
    .first()
  if (first === undefined || !isSealed(first)) return first
  // From here on the records are sealed: open them a few at a time, newest first.
  for (let offset = 0; ; offset += BATCH) {
    const stored = await newestFirst().offset(offset).limit(BATCH).toArray()
    if (stored.length === 0) return undefined
    const opened = await openRows('checkIns', stored, keyOf(lock))
    const found = opened.find((row) => row.ons !== undefined)
    if (found) return found
  }
}

function nowIso(): string {
  return new Date().toISOString()
}
