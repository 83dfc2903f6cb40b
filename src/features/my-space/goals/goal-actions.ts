import type { Status } from '../hub/status-line.tsx'

/** Where focus goes after a goal moves or goes: the heading of the list it left or joined. */
export type GoalListName = 'active' | 'past'

/** Tells the goals page what happened, so it can say so and move focus sensibly. */
export type ReportGoalChange = (status: Status, focus?: GoalListName) => void

export const GOAL_GONE: Status = {
  tone: 'problem',
  text: 'This goal has been deleted, perhaps in another tab.',
}
