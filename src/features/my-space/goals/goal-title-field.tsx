import { useId } from 'react'
import { MAX_GOAL_TITLE } from '../../../db/goals.ts'

interface Props {
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  error?: string
}

/** The goal's words: a labelled text box, with its hint and any problem tied to it. */
export function GoalTitleField({ label, hint, value, onChange, error }: Props) {
  const id = useId()
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        type="text"
        value={value}
        maxLength={MAX_GOAL_TITLE}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
