import { Trans } from '@lingui/react/macro'
import type { Ref } from 'react'
import { MAX_PLAN_PHONE, MAX_PLAN_TEXT } from '../../../db/safety-plan.ts'
import type { ItemInput } from './plan-list.ts'

interface Props {
  idPrefix: string
  textLabel: string
  textHint?: string
  withPhone?: boolean
  value: ItemInput
  onChange: (value: ItemInput) => void
  /** Shown beside the first box when it needs fixing. */
  problem?: string
  firstBoxRef?: Ref<HTMLInputElement>
}

/** The box (or boxes, for a person: name and phone) for one line of the plan. */
export function PlanItemFields(props: Props) {
  const { idPrefix, textLabel, textHint, withPhone, value, onChange, problem, firstBoxRef } = props
  const textId = `${idPrefix}-text`
  const phoneId = `${idPrefix}-phone`
  const described = [textHint && `${textId}-hint`, problem && `${textId}-problem`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="plan-fields">
      <div className="field">
        <label htmlFor={textId}>{textLabel}</label>
        {textHint && (
          <p id={`${textId}-hint`} className="hint">
            {textHint}
          </p>
        )}
        {problem && (
          <p id={`${textId}-problem`} className="field-error">
            {problem}
          </p>
        )}
        <input
          ref={firstBoxRef}
          id={textId}
          type="text"
          autoComplete="off"
          maxLength={MAX_PLAN_TEXT}
          aria-describedby={described || undefined}
          aria-invalid={problem ? true : undefined}
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
      </div>
      {withPhone && (
        <div className="field">
          <label htmlFor={phoneId}>
            <Trans>Phone number (if you want)</Trans>
          </label>
          <input
            id={phoneId}
            type="tel"
            autoComplete="off"
            maxLength={MAX_PLAN_PHONE}
            value={value.phone ?? ''}
            onChange={(event) => onChange({ ...value, phone: event.target.value })}
          />
        </div>
      )}
    </div>
  )
}
