import { Trans, useLingui } from '@lingui/react/macro'
import { feelingLabel, feelingNames, type ThoughtDraft } from './thought-record-data.ts'

type Feelings = ThoughtDraft['feelings']

interface Props {
  feelings: Feelings
  onChange: (feelings: Feelings) => void
}

/**
 * Feelings to tick, each with a strength typed as a number (0 to 100): a number box works with
 * keyboard, touch and voice alike, where a slider would need dragging.
 */
export function FeelingPicker({ feelings, onChange }: Props) {
  const { i18n, t } = useLingui()
  function toggle(name: string) {
    const chosen = feelings.some((feeling) => feeling.name === name)
    const next = chosen
      ? feelings.filter((feeling) => feeling.name !== name)
      : [...feelings, { name, before: '', after: '' }]
    // Keep the list's order, whatever order the boxes were ticked in.
    onChange(next.sort((a, b) => order(a.name) - order(b.name)))
  }

  function setStrength(name: string, before: string) {
    onChange(feelings.map((feeling) => (feeling.name === name ? { ...feeling, before } : feeling)))
  }

  return (
    <fieldset className="tool-fieldset" aria-describedby="feelings-hint">
      <legend>
        <Trans>2. How did you feel?</Trans>
      </legend>
      <p id="feelings-hint" className="hint">
        <Trans>
          Pick as many as you like. Then, if you want, give each one a number from 0 (not at all) to
          100 (the strongest you have ever felt it).
        </Trans>
      </p>
      <ul className="feeling-list">
        {feelingNames.map((name) => {
          const chosen = feelings.find((feeling) => feeling.name === name)
          const feeling = feelingLabel(name, i18n)
          return (
            <li key={name} className="feeling">
              <label className="choice">
                <input type="checkbox" checked={Boolean(chosen)} onChange={() => toggle(name)} />
                <span>{feeling}</span>
              </label>
              {chosen && (
                <StrengthInput
                  id={`feeling-before-${name}`}
                  label={t`How strong was “${feeling}”? 0 to 100`}
                  value={chosen.before}
                  onChange={(value) => setStrength(name, value)}
                />
              )}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

function order(name: string): number {
  return feelingNames.indexOf(name as (typeof feelingNames)[number])
}

interface StrengthProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}

export function StrengthInput({ id, label, value, onChange }: StrengthProps) {
  return (
    <div className="field field--strength">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={10}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
