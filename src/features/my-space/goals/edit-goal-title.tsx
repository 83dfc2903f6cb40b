import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { updateGoal } from '../../../db/goals.ts'
import type { GoalRow } from '../../../db/rows.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import type { Status } from '../hub/status-line.tsx'
import { GoalTitleField } from './goal-title-field.tsx'

interface Props {
  goal: GoalRow
  onDone: (status?: Status) => void
}

/** Changes a goal's words in place. Cancel, or a failed save, keeps the goal as it was. */
export function EditGoalTitle({ goal, onDone }: Props) {
  const [title, setTitle] = useState(goal.title)
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const { t, i18n } = useLingui()

  useEffect(() => {
    formRef.current?.querySelector('input')?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    if (title.trim() === '') {
      setError(t`Write your goal in a few words.`)
      return
    }
    setSaving(true)
    try {
      const saved = await updateGoal(goal.id, title)
      onDone(
        saved
          ? { tone: 'done', text: t`Your goal’s words are saved.` }
          : { tone: 'problem', text: t`This goal has been deleted, perhaps in another tab.` },
      )
    } catch (cause) {
      setSaving(false)
      setError(saveErrorMessage(cause, i18n))
    }
  }

  return (
    <form ref={formRef} className="goal-edit" onSubmit={(event) => void submit(event)} noValidate>
      <GoalTitleField
        label={t`Your goal’s words`}
        value={title}
        onChange={setTitle}
        error={error}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || undefined}
        >
          <Trans>Save the words</Trans>
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </form>
  )
}
