import { useState } from 'react'
import { deleteGoal, GoalLimitError, restoreGoal } from '../../../db/goals.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { DeleteWithConfirm } from '../hub/confirm-delete.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { formatDay } from '../history/format-date.ts'
import { dayKeyOfInstant } from '../history/local-day.ts'
import { GOAL_GONE, type ReportGoalChange } from './goal-actions.ts'
import { GoalProgress } from './goal-progress.tsx'
import type { GoalWithRatings } from './use-goals.ts'

interface Props {
  item: GoalWithRatings
  /** False when three goals are already active: bringing one back would make four. */
  canRestore: boolean
  report: ReportGoalChange
}

/** A goal that is done or no longer right: its ratings stay, and it can come back. */
export function PastGoal({ item, canRestore, report }: Props) {
  const { goal, ratings } = item
  const [status, setStatus] = useState<Status>()

  async function bringBack() {
    try {
      if (await restoreGoal(goal.id)) {
        report({ tone: 'done', text: `“${goal.title}” is back in your goals.` }, 'active')
      } else report(GOAL_GONE)
    } catch (error) {
      const text = error instanceof GoalLimitError ? error.message : saveErrorMessage(error)
      setStatus({ tone: 'problem', text })
    }
  }

  async function remove() {
    try {
      await deleteGoal(goal.id)
      report({ tone: 'done', text: `Deleted “${goal.title}” and its ratings.` }, 'past')
    } catch (error) {
      setStatus({ tone: 'problem', text: saveErrorMessage(error) })
    }
  }

  return (
    <li className="card goal-card goal-card--past">
      <h3 className="goal-card__title">{goal.title}</h3>
      {goal.archivedAt && (
        <p className="hint">
          Moved to past goals on {formatDay(dayKeyOfInstant(goal.archivedAt))}.
        </p>
      )}
      <GoalProgress title={goal.title} ratings={ratings} />
      <StatusLine status={status} />
      <div className="button-row goal-card__actions">
        {canRestore && (
          <button
            type="button"
            className="button"
            aria-label={`Bring back: ${goal.title}`}
            onClick={() => void bringBack()}
          >
            Bring back
          </button>
        )}
        <DeleteWithConfirm
          label="Delete"
          accessibleLabel={`Delete: ${goal.title}`}
          question={`Delete “${goal.title}” and all its ratings?`}
          onDelete={remove}
        />
      </div>
    </li>
  )
}
