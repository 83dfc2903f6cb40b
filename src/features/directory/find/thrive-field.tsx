import { Trans, useLingui } from '@lingui/react/macro'
import { useId } from 'react'
import { THRIVE_GROUPINGS, type ThriveGrouping } from '../service-model.ts'
import { THRIVE_EXPLANATIONS, THRIVE_NAMES } from '../service/thrive-explanations.ts'

interface Props {
  thrive: ThriveGrouping | undefined
  onChange: (thrive: ThriveGrouping | undefined) => void
}

/** THRIVE's groupings, each with what it means in plain words (read out as its hint). */
export function ThriveField({ thrive, onChange }: Props) {
  const name = useId()
  const { i18n, t } = useLingui()
  return (
    <fieldset className="choice-group thrive-field">
      <legend>
        <Trans>Kind of help</Trans>
      </legend>
      <label className="choice">
        <input
          type="radio"
          name={name}
          value=""
          checked={thrive === undefined}
          onChange={() => onChange(undefined)}
        />
        <span>{t`Any kind of help`}</span>
      </label>
      {THRIVE_GROUPINGS.map((grouping, at) => (
        <div key={grouping} className="thrive-field__option">
          <label className="choice">
            <input
              type="radio"
              name={name}
              value={grouping}
              checked={thrive === grouping}
              aria-describedby={`${name}-${at}`}
              onChange={() => onChange(grouping)}
            />
            <span className="thrive-field__name">{i18n._(THRIVE_NAMES[grouping])}</span>
          </label>
          <p id={`${name}-${at}`} className="thrive-field__explanation">
            {i18n._(THRIVE_EXPLANATIONS[grouping])}
          </p>
        </div>
      ))}
    </fieldset>
  )
}
