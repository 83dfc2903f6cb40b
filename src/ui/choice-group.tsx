import { useId, type ReactNode } from 'react'

interface Props<T extends string> {
  /** The question. May hold a step's heading, as GOV.UK does, so it is read once, not twice. */
  legend: ReactNode
  hint?: string
  options: readonly { value: T; label: string }[]
  /** Nothing is chosen while this is undefined. */
  value: T | undefined
  onChange: (value: T) => void
  /** Shown when the person tries to go on without an answer that is needed. */
  error?: string
  className?: string
}

/** A set of radio buttons in a fieldset: large targets, works with keyboard and screen readers. */
export function ChoiceGroup<T extends string>(props: Props<T>) {
  const { legend, hint, options, value, onChange, error, className } = props
  const name = useId()
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ')
  return (
    <fieldset
      className={className ? `choice-group ${className}` : 'choice-group'}
      aria-describedby={described || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="field-error">
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
