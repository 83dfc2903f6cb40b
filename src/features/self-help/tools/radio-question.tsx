import { useId, type ReactNode } from 'react'

interface Props<T extends string> {
  /** The question. May hold the step's <h2>, as GOV.UK does, so it is read once, not twice. */
  legend: ReactNode
  hint?: string
  options: readonly { value: T; label: string }[]
  value: T | undefined
  onChange: (value: T) => void
  /** Shown when the person tries to go on without an answer that decides the next step. */
  error?: string
}

/** Radio buttons that may start with nothing chosen, unlike ui/ChoiceGroup. */
export function RadioQuestion<T extends string>(props: Props<T>) {
  const { legend, hint, options, value, onChange, error } = props
  const name = useId()
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ')
  return (
    <fieldset className="choice-group tool-question" aria-describedby={described || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="tool-error">
          {error}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
