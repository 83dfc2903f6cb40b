import { useLingui } from '@lingui/react/macro'
import { ABOUT_ME_LIMITS, type AboutMeTextField } from '../../../db/about-me.ts'
import { QUESTIONS } from './about-me-questions.ts'

interface Props {
  field: AboutMeTextField
  value: string
  onChange: (value: string) => void
}

/** One About me question: its label and hint tied to the box for screen readers. */
export function AboutMeTextFieldInput({ field, value, onChange }: Props) {
  const { i18n } = useLingui()
  const { label, hint, rows } = QUESTIONS[field]
  const id = `about-me-${field}`
  const hintId = hint ? `${id}-hint` : undefined
  const common = {
    id,
    value,
    maxLength: ABOUT_ME_LIMITS[field],
    'aria-describedby': hintId,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  return (
    <div className="field about-me-form__field">
      <label htmlFor={id}>{i18n._(label)}</label>
      {hint && (
        <p id={hintId} className="hint">
          {i18n._(hint)}
        </p>
      )}
      {rows ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
    </div>
  )
}
