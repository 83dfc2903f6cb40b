import { Trans, useLingui } from '@lingui/react/macro'
import { useState, type FormEvent } from 'react'
import { addGoal, GoalLimitError } from '../../../db/goals.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { goalLimitText } from './goal-actions.ts'
import { GoalTitleField } from './goal-title-field.tsx'

/** A new goal, in the person's own words. What they typed stays if saving fails. */
interface Props {
  first: boolean
  /** Told when a goal is added: the form may go (at three goals), so the page says it. */
  onAdded: (title: string) => void
}

export function AddGoalForm({ first, onAdded }: Props) {
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string>()
  const [status, setStatus] = useState<Status>()
  const [saving, setSaving] = useState(false)
  const { t, i18n } = useLingui()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    if (title.trim() === '') {
      setError(t`Write your goal in a few words.`)
      return
    }
    setError(undefined)
    setSaving(true)
    try {
      const goal = await addGoal(title)
      setTitle('')
      setStatus(undefined)
      onAdded(goal.title)
    } catch (cause) {
      const text =
        cause instanceof GoalLimitError ? goalLimitText(i18n) : saveErrorMessage(cause, i18n)
      setStatus({ tone: 'problem', text })
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="goals-add" aria-labelledby="goals-add">
      <h2 id="goals-add">
        {first ? <Trans>Add your first goal</Trans> : <Trans>Add a goal</Trans>}
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <GoalTitleField
          label={t`Your goal, in your own words`}
          hint={t`Something you would like to change or get better at. For example: “Feel less worried at school” or “Tell my mum when I’m upset”.`}
          value={title}
          onChange={setTitle}
          error={error}
        />
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || undefined}
        >
          <Trans>Add this goal</Trans>
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  )
}
