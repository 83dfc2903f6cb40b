import { useLiveQuery } from 'dexie-react-hooks'
import { listGoals, listRatings } from '../../../db/goals.ts'
import type { GoalRatingRow, GoalRow } from '../../../db/rows.ts'

export interface GoalWithRatings {
  goal: GoalRow
  /** Oldest first. */
  ratings: GoalRatingRow[]
}

export interface Goals {
  active: GoalWithRatings[]
  past: GoalWithRatings[]
}

async function readGoals(): Promise<Goals> {
  const goals = await listGoals()
  const ratings = await Promise.all(goals.map((goal) => listRatings(goal.id)))
  const all = goals.map((goal, index) => ({ goal, ratings: ratings[index] ?? [] }))
  return {
    active: all.filter(({ goal }) => goal.archivedAt === undefined),
    past: all.filter(({ goal }) => goal.archivedAt !== undefined),
  }
}

/** Every goal with its ratings, kept up to date with other tabs; undefined while reading. */
export function useGoals(): Goals | undefined {
  return useLiveQuery(readGoals, [])
}
