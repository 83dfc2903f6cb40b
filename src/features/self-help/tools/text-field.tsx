interface Props {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  /** Several lines for thoughts and feelings; one line for short answers. */
  rows?: number
  maxLength?: number
}

/** A labelled text box with an optional hint, tied together for screen readers. */
export function TextField({ id, label, hint, value, onChange, rows, maxLength }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea
          id={id}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={hintId}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={maxLength}
          aria-describedby={hintId}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  )
}
