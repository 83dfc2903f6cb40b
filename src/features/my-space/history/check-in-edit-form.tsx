import type { I18n, MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
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

/** The known choices, then any stored ones this version does not list, so none is dropped. */
function withStored(
  options: readonly { value: string; label: MessageDescriptor }[],
  stored: readonly string[],
  label: (value: string, i18n: I18n) => string,
  i18n: I18n,
) {
  const known = options.map((option) => ({ value: option.value, label: i18n._(option.label) }))
  const extra = stored.filter((value) => !options.some((option) => option.value === value))
  return [...known, ...extra.map((value) => ({ value, label: label(value, i18n) }))]
}

interface Props {
  draft: CheckInDraft
  onChange: (draft: CheckInDraft) => void
  onSave: () => void
  saving: boolean
}

export function CheckInEditForm({ draft, onChange, onSave, saving }: Props) {
  const noteId = useId()
  const { t, i18n } = useLingui()
  const moodOptions = moods.map((mood) => ({
    value: String(mood.value),
    label: i18n._(mood.label),
  }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (saving) return
    onSave()
  }
  return (
    <form className="check-in-edit stack" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend={t`How you felt`}
        options={moodOptions}
        value={String(draft.mood)}
        onChange={(value) => onChange({ ...draft, mood: Number(value) as Mood })}
      />
      {draft.mood === LOWEST_MOOD && (
        <p className="callout">
          <Trans>
            If things feel really hard right now, you don’t have to wait.{' '}
            <Link to="/help">Get help now</Link>: it’s free, any time of day.
          </Trans>
        </p>
      )}
      <CheckboxGroup
        legend={t`Feeling words`}
        hint={t`Tick any that fit.`}
        options={withStored(feelings, draft.feelings, feelingLabel, i18n)}
        chosen={draft.feelings}
        onChange={(chosen) => onChange({ ...draft, feelings: chosen })}
      />
      <CheckboxGroup
        legend={t`What was going on`}
        hint={t`Tick any that fit.`}
        options={withStored(happenings, draft.happenings, happeningLabel, i18n)}
        chosen={draft.happenings}
        onChange={(chosen) => onChange({ ...draft, happenings: chosen })}
      />
      <div className="field">
        <label htmlFor={noteId}>
          <Trans>Note (if you want one)</Trans>
        </label>
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
          <Trans>Save changes</Trans>
        </button>
      </div>
    </form>
  )
}
