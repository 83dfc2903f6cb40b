import { Trans, useLingui } from '@lingui/react/macro'
import { CONTACT_WAYS, type ContactWay } from '../../../db/about-me.ts'
import { CONTACT_LABELS, CONTACT_QUESTION } from './about-me-questions.ts'

interface Props {
  value: readonly ContactWay[]
  onChange: (ways: ContactWay[]) => void
}

/** Tick any ways to be contacted: checkboxes in a fieldset, so the question is read with each. */
export function ContactWaysField({ value, onChange }: Props) {
  const { i18n } = useLingui()
  function toggle(way: ContactWay, on: boolean) {
    // Kept in the order they are offered, whatever order they were ticked in.
    onChange(CONTACT_WAYS.filter((each) => (each === way ? on : value.includes(each))))
  }
  return (
    <fieldset className="choice-group about-me-form__contact" aria-describedby="contact-ways-hint">
      <legend>{i18n._(CONTACT_QUESTION)}</legend>
      <p id="contact-ways-hint" className="hint">
        <Trans>Choose any.</Trans>
      </p>
      {CONTACT_WAYS.map((way) => (
        <label key={way} className="choice">
          <input
            type="checkbox"
            name="contact-ways"
            value={way}
            checked={value.includes(way)}
            onChange={(event) => toggle(way, event.target.checked)}
          />
          <span>{i18n._(CONTACT_LABELS[way])}</span>
        </label>
      ))}
    </fieldset>
  )
}
