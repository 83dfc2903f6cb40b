import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useCallback, useId, useState } from 'react'
import { normaliseOutcode } from '../places/postcode.ts'
import type { QueryChange } from './use-directory-query.ts'
import { useMyLocation } from './use-my-location.ts'
import type { SearchPlace } from './use-search-place.ts'

interface Props {
  near: string | undefined
  within: number | undefined
  place: SearchPlace
  onChange: (change: QueryChange) => void
}

export const DISTANCES = [1, 3, 5, 10, 25] as const

function placeProblem(place: SearchPlace, i18n: I18n): string | undefined {
  if (place.state === 'unknown') {
    const outcode = place.outcode
    return i18n._(msg`We could not find ${outcode} — check the postcode.`)
  }
  if (place.state === 'unavailable') {
    return i18n._(
      msg`We could not load the postcode areas just now. Check your connection and try again.`,
    )
  }
  return undefined
}

/** Postcode or district, "Use my location" (only on a tap), and how far to look. */
export function PlaceField({ near, within, place, onChange }: Props) {
  const id = useId()
  const { i18n, t } = useLingui()
  const [draft, setDraft] = useState(near ?? '')
  const [shownNear, setShownNear] = useState(near)
  const [shapeError, setShapeError] = useState<string>()
  // When the place changes from outside (location, clear filters, the address), show it.
  if (shownNear !== near) {
    setShownNear(near)
    if (near !== normaliseOutcode(draft)) {
      setDraft(near ?? '')
      setShapeError(undefined)
    }
  }

  const useOutcode = useCallback((outcode: string) => onChange({ near: outcode }), [onChange])
  const { status, locate } = useMyLocation(useOutcode)

  const apply = () => {
    const typed = draft.trim()
    if (typed === '') {
      setShapeError(undefined)
      if (near !== undefined) onChange({ near: undefined, within: undefined })
      return
    }
    const outcode = normaliseOutcode(typed)
    if (!outcode) {
      setShapeError(
        t`“${typed}” does not look like a postcode. Try the first part of one, like BS1 or M14.`,
      )
      return
    }
    setShapeError(undefined)
    setDraft(outcode)
    if (outcode !== near) onChange({ near: outcode })
  }

  const foundText = (outcode: string) =>
    t`Using your area, ${outcode}. Your exact location was not kept.`
  const error = shapeError ?? placeProblem(place, i18n)
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <fieldset className="place-field">
      <legend>
        <Trans>Where?</Trans>
      </legend>
      <div className="field">
        <label htmlFor={`${id}-postcode`}>
          <Trans>Postcode or area</Trans>
        </label>
        <p id={`${id}-hint`} className="hint">
          <Trans>
            The first part is enough, like BS1. Online and phone services are always shown too.
          </Trans>
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <div className="place-field__row">
          <input
            id={`${id}-postcode`}
            type="text"
            name="near"
            value={draft}
            autoComplete="postal-code"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={apply}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                apply()
              }
            }}
          />
          <button type="button" className="button" onClick={apply}>
            <Trans>Search here</Trans>
          </button>
        </div>
      </div>

      <div className="place-field__location">
        <button
          type="button"
          className="button"
          onClick={locate}
          aria-describedby={`${id}-location-hint`}
          disabled={status.state === 'finding'}
        >
          <Trans>Use my location</Trans>
        </button>
        <p id={`${id}-location-hint`} className="hint">
          <Trans>
            Only when you tap it. We turn it into a postcode area like BS1. Your exact location is
            not kept or sent anywhere.
          </Trans>
        </p>
        <p role="status" className="place-field__status">
          {status.state === 'finding' && t`Finding your area…`}
          {status.state === 'found' && foundText(status.outcode)}
          {status.state === 'problem' && i18n._(status.message)}
        </p>
      </div>

      {near !== undefined && (
        <div className="field">
          <label htmlFor={`${id}-within`}>
            <Trans>How far?</Trans>
          </label>
          <select
            id={`${id}-within`}
            name="within"
            value={within ?? ''}
            onChange={(event) =>
              onChange({ within: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">{t`Any distance`}</option>
            {DISTANCES.map((miles) => (
              <option key={miles} value={miles}>
                {t`Within ${plural(miles, { one: '# mile', other: '# miles' })}`}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  )
}
