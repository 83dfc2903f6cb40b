import { useId } from 'react'
import { toggleChoice } from './check-in-draft.ts'

interface Props {
  legend: string
  hint?: string
  options: readonly { value: string; label: string }[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
}

/** Tick any number: checkboxes in a fieldset, so the question is read with each choice. */
export function CheckboxGroup({ legend, hint, options, chosen, onChange }: Props) {
  const id = useId()
  const order = options.map((option) => option.value)
  return (
    <fieldset className="choice-group checkbox-group" aria-describedby={hint ? id : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={id} className="hint">
          {hint}
        </p>
      )}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={() => onChange(toggleChoice(chosen, option.value, order))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
