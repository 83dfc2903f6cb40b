import { useId } from 'react'

interface Props<T extends string> {
  legend: string
  hint?: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

/** A set of radio buttons in a fieldset: large targets, works with keyboard and screen readers. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
}: Props<T>) {
  const name = useId()
  const hintId = `${name}-hint`
  return (
    <fieldset className="choice-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
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
