/* eslint-disable lingui/no-unlocalized-strings -- errors for the log and for code; people see the goals page's own words */
import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import {
  changeRows,
  editRow,
  keyOf,
  readRows,
  sameStored,
  storedTable,
  toStored,
  type PreparedChange,
} from './personal-rows.ts'
import type { RowLock } from './lock/row-lock.ts'
import type { GoalRatingRow, GoalRow } from './rows.ts'
import type { HarbourDatabase } from './schema.ts'
import { openRows } from './sealing.ts'

/** Goal Based Outcomes works with up to three goals at a time. */
export const MAX_ACTIVE_GOALS = 3
export const MAX_GOAL_TITLE = 200
export const LOWEST_RATING = 0
export const HIGHEST_RATING = 10

/**
 * A fourth active goal was refused. Another tab can add a goal between this page's render and
 * its save, so the page can meet this even though it hides the form at three.
 */
export class GoalLimitError extends Error {
  override readonly name = 'GoalLimitError'
  constructor() {
    super(
      'You already have three goals. To add another, move one to your past goals or delete one.',
    )
  }
}

function cleanTitle(title: string): string {
  const cleaned = title.trim()
  // The page checks what was typed first; reaching here with nothing is a programming error.
  if (cleaned.length === 0) throw new RangeError('A goal needs some words')
  if (cleaned.length > MAX_GOAL_TITLE) throw new RangeError('A goal title is too long')
  return cleaned
}

function isActive(goal: GoalRow): boolean {
  return goal.archivedAt === undefined
}

/**
 * Works out a change that depends on every goal (the limit of three active ones): reads and
 * opens them all, and writes only if none of them changed in the meantime, so two tabs can
 * never both add a fourth.
 */
function changeWithAllGoals<R>(
  work: (goals: GoalRow[], lock: RowLock, database: HarbourDatabase) => Promise<PreparedChange<R>>,
): Promise<R> {
  return changeRows(['goals'], async (lock, database) => {
    const before = await database.goals.toArray()
    const change = await work(await openRows('goals', before, keyOf(lock)), lock, database)
    return {
      unchanged: async () => sameStored(await database.goals.toArray(), before),
      write: change.write,
    }
  })
}

/** Adds a goal in the person's own words; refuses a fourth active one with GoalLimitError. */
export async function addGoal(title: string): Promise<GoalRow> {
  const row: GoalRow = {
    id: crypto.randomUUID(),
    title: cleanTitle(title),
    createdAt: new Date().toISOString(),
  }
  await changeWithAllGoals(async (goals, lock, database) => {
    if (goals.filter(isActive).length >= MAX_ACTIVE_GOALS) throw new GoalLimitError()
    const stored = await toStored(lock, 'goals', row)
    return { write: () => database.goals.add(stored) }
  })
  void askToKeepDataOnce()
  return row
}

/** Changes a goal's words; false when it no longer exists (deleted in another tab). */
export async function updateGoal(id: string, title: string): Promise<boolean> {
  const cleaned = cleanTitle(title)
  return editRow('goals', id, (goal) =>
    goal ? { row: { ...goal, title: cleaned }, result: true } : { result: false },
  )
}

/** Moves a goal to the past goals (done, or no longer right); its ratings stay. */
export async function archiveGoal(id: string): Promise<boolean> {
  const archivedAt = new Date().toISOString()
  return editRow('goals', id, (goal) =>
    goal ? { row: { ...goal, archivedAt }, result: true } : { result: false },
  )
}

/** Brings a past goal back; refuses with GoalLimitError when three are already active. */
export async function restoreGoal(id: string): Promise<boolean> {
  return changeWithAllGoals(async (goals, lock, database) => {
    const goal = goals.find((each) => each.id === id)
    if (!goal) return { write: async () => false }
    if (isActive(goal)) return { write: async () => true }
    if (goals.filter(isActive).length >= MAX_ACTIVE_GOALS) throw new GoalLimitError()
    const { archivedAt: _archivedAt, ...active } = goal
    const stored = await toStored(lock, 'goals', active)
    return {
      write: async () => {
        await database.goals.put(stored)
        return true
      },
    }
  })
}

/** Deletes a goal and all its ratings together: never a goal without ratings or the reverse. */
export async function deleteGoal(id: string): Promise<void> {
  await changeRows(['goals', 'goalRatings'], async (_lock, database) => ({
    write: async () => {
      await database.goalRatings.where('goalId').equals(id).delete()
      await database.goals.delete(id)
    },
  }))
}

/** Every goal, active and past, oldest first. */
export function listGoals(): Promise<GoalRow[]> {
  return readRows('goals', (table) => table.orderBy('createdAt').toArray())
}

/**
 * Records how close the person feels to a goal, 0 to 10. Undefined when the goal no longer
 * exists (deleted in another tab), so no rating is left without its goal.
 */
export async function rateGoal(
  goalId: string,
  rating: number,
  at: string = new Date().toISOString(),
): Promise<GoalRatingRow | undefined> {
  if (!Number.isInteger(rating) || rating < LOWEST_RATING || rating > HIGHEST_RATING) {
    throw new RangeError(`A goal rating is a whole number from 0 to 10, not ${rating}`)
  }
  const row: GoalRatingRow = { id: crypto.randomUUID(), goalId, at, rating }
  return changeRows(['goals', 'goalRatings'], async (lock, database) => {
    const stored = await toStored(lock, 'goalRatings', row)
    return {
      write: async () => {
        if (!(await storedTable(database, 'goals').get(goalId))) return undefined
        await database.goalRatings.add(stored)
        return row
      },
    }
  })
}

/** One goal's ratings, oldest first. */
export function listRatings(goalId: string): Promise<GoalRatingRow[]> {
  return readRows('goalRatings', (table) => table.where('goalId').equals(goalId).sortBy('at'))
}
