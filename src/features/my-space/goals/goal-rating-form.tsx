import { Trans, useLingui } from '@lingui/react/macro'
import { useState, type FormEvent } from 'react'
import { rateGoal } from '../../../db/goals.ts'
import type { GoalRow } from '../../../db/rows.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'

const ratingOptions = Array.from({ length: 11 }, (_, rating) => ({
  value: String(rating),
  label: String(rating),
}))

/** "How close are you to reaching this goal?", 0 to 10, as radio buttons: no dragging. */
export function GoalRatingForm({ goal }: { goal: GoalRow }) {
  const [rating, setRating] = useState<string>()
  const [error, setError] = useState<string>()
  const [status, setStatus] = useState<Status>()
  const [saving, setSaving] = useState(false)
  const { t, i18n } = useLingui()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    if (rating === undefined) {
      setError(t`Choose a number from 0 to 10.`)
      return
    }
    setError(undefined)
    setSaving(true)
    try {
      const saved = await rateGoal(goal.id, Number(rating))
      if (saved) {
        setStatus({ tone: 'done', text: t`Saved: ${rating} out of 10.` })
        setRating(undefined)
      } else {
        setStatus({
          tone: 'problem',
          text: t`This goal has been deleted, perhaps in another tab.`,
        })
      }
    } catch (cause) {
      setStatus({ tone: 'problem', text: saveErrorMessage(cause, i18n) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="goal-rating" onSubmit={(event) => void submit(event)} noValidate>
      <ChoiceGroup
        legend={t`How close are you to reaching this goal?`}
        hint={t`0 means not close at all. 10 means you have reached it. Rate it as often as you like.`}
        options={ratingOptions}
        value={rating}
        onChange={setRating}
        error={error}
        className="goal-rating__scale"
      />
      <button type="submit" className="button" aria-disabled={saving || undefined}>
        <Trans>Save this rating</Trans>
      </button>
      <StatusLine status={status} />
    </form>
  )
}
