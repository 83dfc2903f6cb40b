import { useId, type FormEvent } from 'react'
import { Link } from 'react-router'
import type { Mood } from '../../../db/rows.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import {
  feelings,
  happenings,
  LOWEST_MOOD,
  MAX_NOTE_LENGTH,
  moods,
} from '../../check-ins/check-in-options.ts'
import type { CheckInDraft } from './check-in-draft.ts'
import { feelingLabel, happeningLabel } from './check-in-labels.ts'
import { CheckboxGroup } from './checkbox-group.tsx'

const moodOptions = moods.map((mood) => ({ value: String(mood.value), label: mood.label }))

/** The known choices, then any stored ones this version does not list, so none is dropped. */
function withStored(
  options: readonly { value: string; label: string }[],
  stored: readonly string[],
  label: (value: string) => string,
) {
  const extra = stored.filter((value) => !options.some((option) => option.value === value))
  return [...options, ...extra.map((value) => ({ value, label: label(value) }))]
}

interface Props {
  draft: CheckInDraft
  onChange: (draft: CheckInDraft) => void
  onSave: () => void
  saving: boolean
}

export function CheckInEditForm({ draft, onChange, onSave, saving }: Props) {
  const noteId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (saving) return
    onSave()
  }
  return (
    <form className="check-in-edit stack" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend="How you felt"
        options={moodOptions}
        value={String(draft.mood)}
        onChange={(value) => onChange({ ...draft, mood: Number(value) as Mood })}
      />
      {draft.mood === LOWEST_MOOD && (
        <p className="callout">
          If things feel really hard right now, you don&rsquo;t have to wait.{' '}
          <Link to="/help">Get help now</Link>: it&rsquo;s free, any time of day.
        </p>
      )}
      <CheckboxGroup
        legend="Feeling words"
        hint="Tick any that fit."
        options={withStored(feelings, draft.feelings, feelingLabel)}
        chosen={draft.feelings}
        onChange={(chosen) => onChange({ ...draft, feelings: chosen })}
      />
      <CheckboxGroup
        legend="What was going on"
        hint="Tick any that fit."
        options={withStored(happenings, draft.happenings, happeningLabel)}
        chosen={draft.happenings}
        onChange={(chosen) => onChange({ ...draft, happenings: chosen })}
      />
      <div className="field">
        <label htmlFor={noteId}>Note (if you want one)</label>
        <textarea
          id={noteId}
          value={draft.note}
          maxLength={MAX_NOTE_LENGTH}
          onChange={(event) => onChange({ ...draft, note: event.target.value })}
        />
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || undefined}
        >
          Save changes
        </button>
      </div>
    </form>
  )
}
