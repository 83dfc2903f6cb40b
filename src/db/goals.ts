import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { db } from './database.ts'
import type { GoalRatingRow, GoalRow } from './rows.ts'

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

function countActiveGoals(): Promise<number> {
  return db()
    .goals.filter((goal) => goal.archivedAt === undefined)
    .count()
}

/** Adds a goal in the person's own words; refuses a fourth active one with GoalLimitError. */
export async function addGoal(title: string): Promise<GoalRow> {
  const row: GoalRow = {
    id: crypto.randomUUID(),
    title: cleanTitle(title),
    createdAt: new Date().toISOString(),
  }
  // Counting and adding in one read-write transaction: two tabs cannot both add a fourth.
  await db().transaction('rw', db().goals, async () => {
    if ((await countActiveGoals()) >= MAX_ACTIVE_GOALS) throw new GoalLimitError()
    await db().goals.add(row)
  })
  void askToKeepDataOnce()
  return row
}

/** Changes a goal's words; false when it no longer exists (deleted in another tab). */
export async function updateGoal(id: string, title: string): Promise<boolean> {
  return (await db().goals.update(id, { title: cleanTitle(title) })) === 1
}

/** Moves a goal to the past goals (done, or no longer right); its ratings stay. */
export async function archiveGoal(id: string): Promise<boolean> {
  return (await db().goals.update(id, { archivedAt: new Date().toISOString() })) === 1
}

/** Brings a past goal back; refuses with GoalLimitError when three are already active. */
export async function restoreGoal(id: string): Promise<boolean> {
  return db().transaction('rw', db().goals, async () => {
    const goal = await db().goals.get(id)
    if (!goal) return false
    if (goal.archivedAt === undefined) return true
    if ((await countActiveGoals()) >= MAX_ACTIVE_GOALS) throw new GoalLimitError()
    const { archivedAt: _archivedAt, ...active } = goal
    await db().goals.put(active)
    return true
  })
}

/** Deletes a goal and all its ratings together: never a goal without ratings or the reverse. */
export async function deleteGoal(id: string): Promise<void> {
  await db().transaction('rw', db().goals, db().goalRatings, async () => {
    await db().goalRatings.where('goalId').equals(id).delete()
    await db().goals.delete(id)
  })
}

/** Every goal, active and past, oldest first. */
export function listGoals(): Promise<GoalRow[]> {
  return db().goals.orderBy('createdAt').toArray()
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
  return db().transaction('rw', db().goals, db().goalRatings, async () => {
    if (!(await db().goals.get(goalId))) return undefined
    await db().goalRatings.add(row)
    return row
  })
}

/** One goal's ratings, oldest first. */
export function listRatings(goalId: string): Promise<GoalRatingRow[]> {
  return db().goalRatings.where('goalId').equals(goalId).sortBy('at')
}
