import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { deleteGoal, GoalLimitError, restoreGoal } from '../../../db/goals.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { DeleteWithConfirm } from '../hub/confirm-delete.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { formatDay } from '../history/format-date.ts'
import { dayKeyOfInstant } from '../history/local-day.ts'
import { useLocale } from '../history/use-locale.ts'
import { goalGone, goalLimitText, type ReportGoalChange } from './goal-actions.ts'
import { GoalProgress } from './goal-progress.tsx'
import type { GoalWithRatings } from './use-goals.ts'

interface Props {
  item: GoalWithRatings
  /** False when three goals are already active: bringing one back would make four. */
  canRestore: boolean
  report: ReportGoalChange
}

function MovedOn({ day }: { day: string }) {
  return (
    <p className="hint">
      <Trans>Moved to past goals on {day}.</Trans>
    </p>
  )
}

/** A goal that is done or no longer right: its ratings stay, and it can come back. */
export function PastGoal({ item, canRestore, report }: Props) {
  const { goal, ratings } = item
  const [status, setStatus] = useState<Status>()
  const { t, i18n } = useLingui()
  const locale = useLocale()
  const title = goal.title

  async function bringBack() {
    try {
      if (await restoreGoal(goal.id)) {
        report({ tone: 'done', text: t`“${title}” is back in your goals.` }, 'active')
      } else report(goalGone(i18n))
    } catch (error) {
      const text =
        error instanceof GoalLimitError ? goalLimitText(i18n) : saveErrorMessage(error, i18n)
      setStatus({ tone: 'problem', text })
    }
  }

  async function remove() {
    try {
      await deleteGoal(goal.id)
      report({ tone: 'done', text: t`Deleted “${title}” and its ratings.` }, 'past')
    } catch (error) {
      setStatus({ tone: 'problem', text: saveErrorMessage(error, i18n) })
    }
  }

  return (
    <li className="card goal-card goal-card--past">
      <h3 className="goal-card__title">{goal.title}</h3>
      {goal.archivedAt && <MovedOn day={formatDay(dayKeyOfInstant(goal.archivedAt), locale)} />}
      <GoalProgress title={goal.title} ratings={ratings} />
      <StatusLine status={status} />
      <div className="button-row goal-card__actions">
        {canRestore && (
          <button
            type="button"
            className="button"
            aria-label={t`Bring back: ${title}`}
            onClick={() => void bringBack()}
          >
            <Trans>Bring back</Trans>
          </button>
        )}
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
