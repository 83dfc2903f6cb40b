import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { archiveGoal, deleteGoal } from '../../../db/goals.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { DeleteWithConfirm } from '../hub/confirm-delete.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { EditGoalTitle } from './edit-goal-title.tsx'
import { goalGone, type ReportGoalChange } from './goal-actions.ts'
import { GoalProgress } from './goal-progress.tsx'
import { GoalRatingForm } from './goal-rating-form.tsx'
import type { GoalWithRatings } from './use-goals.ts'

interface Props {
  item: GoalWithRatings
  report: ReportGoalChange
}

/** One active goal: rate it, see its ratings, change its words, move it on or delete it. */
export function GoalCard({ item, report }: Props) {
  const { goal, ratings } = item
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState<Status>()
  const editButton = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  const { t, i18n } = useLingui()
  const title = goal.title

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false
      editButton.current?.focus()
    }
  }, [editing])

  async function moveToPast() {
    try {
      if (await archiveGoal(goal.id)) {
        report({ tone: 'done', text: t`Moved “${title}” to your past goals.` }, 'past')
      } else report(goalGone(i18n))
    } catch (error) {
      setStatus({ tone: 'problem', text: saveErrorMessage(error, i18n) })
    }
  }

  async function remove() {
    try {
      await deleteGoal(goal.id)
      report({ tone: 'done', text: t`Deleted “${title}” and its ratings.` }, 'active')
    } catch (error) {
      setStatus({ tone: 'problem', text: saveErrorMessage(error, i18n) })
    }
  }

  return (
    <li className="card goal-card">
      <h3 className="goal-card__title">{goal.title}</h3>
      <GoalRatingForm goal={goal} />
      <h4 className="goal-card__subheading">
        <Trans>Your ratings so far</Trans>
      </h4>
      <GoalProgress title={goal.title} ratings={ratings} />
      {editing && (
        <EditGoalTitle
          goal={goal}
          onDone={(done) => {
            refocus.current = true
            setEditing(false)
            setStatus(done)
          }}
        />
      )}
      <StatusLine status={status} />
      <div className="button-row goal-card__actions">
        {!editing && (
          <button
            ref={editButton}
            type="button"
            className="button"
            aria-label={t`Change the words: ${title}`}
            onClick={() => {
              setStatus(undefined)
              setEditing(true)
            }}
          >
            <Trans>Change the words</Trans>
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-label={t`Move to past goals: ${title}`}
          onClick={() => void moveToPast()}
        >
          <Trans>Move to past goals</Trans>
        </button>
        <DeleteWithConfirm
          label={t`Delete`}
          accessibleLabel={t`Delete: ${title}`}
          question={t`Delete “${title}” and all its ratings?`}
          onDelete={remove}
        />
      </div>
    </li>
  )
}
