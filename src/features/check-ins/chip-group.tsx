import { useId, type ReactNode } from 'react'

interface Props {
  legend: ReactNode
  hint?: string
  options: readonly { value: string; label: string }[]
  chosen: readonly string[]
  onToggle: (value: string) => void
}

/** Choose any: real checkboxes in a fieldset, drawn as chips that wrap on small screens. */
export function ChipGroup({ legend, hint, options, chosen, onToggle }: Props) {
  const hintId = useId()
  return (
    <fieldset className="chip-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <ul className="chip-group__list">
        {options.map((option) => (
          <li key={option.value}>
            <label className="chip">
              <input
                type="checkbox"
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
