import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState } from 'react'
import { MAX_AGE } from '../search/query-params.ts'

interface Props {
  age: number | undefined
  onChange: (age: number | undefined) => void
}

/** The age typed: undefined when nothing is, null when it is not an age. */
function ageOf(typed: string): number | undefined | null {
  const text = typed.trim()
  if (text === '') return undefined
  const value = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN
  return Number.isNaN(value) || value > MAX_AGE ? null : value
}

/** A whole number typed as text (GOV.UK's advice: number inputs misbehave), checked kindly. */
export function AgeField({ age, onChange }: Props) {
  const id = useId()
  const { t } = useLingui()
  const [draft, setDraft] = useState(age === undefined ? '' : String(age))
  const [shownAge, setShownAge] = useState(age)
  const [error, setError] = useState<string>()
  // An age changed from elsewhere (cleared, or opened from a link) replaces what was typed.
  if (shownAge !== age) {
    setShownAge(age)
    if (age !== ageOf(draft)) {
      setDraft(age === undefined ? '' : String(age))
      setError(undefined)
    }
  }

  const change = (text: string) => {
    setDraft(text)
    const value = ageOf(text)
    if (value === null) {
      setError(t`Type an age in numbers, like 14.`)
      return
    }
    setError(undefined)
    onChange(value)
  }

  return (
    <div className="field age-field">
      <label htmlFor={id}>
        <Trans>Age</Trans>
      </label>
      <p id={`${id}-hint`} className="hint">
        <Trans>The age of the person who needs support.</Trans>
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        type="text"
        name="age"
        inputMode="numeric"
        autoComplete="off"
        size={4}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => change(event.target.value)}
      />
    </div>
  )
}
