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

function placeProblem(place: SearchPlace): string | undefined {
  if (place.state === 'unknown') return `We could not find ${place.outcode} — check the postcode.`
  if (place.state === 'unavailable') {
    return 'We could not load the postcode areas just now. Check your connection and try again.'
  }
  return undefined
}

/** Postcode or district, "Use my location" (only on a tap), and how far to look. */
export function PlaceField({ near, within, place, onChange }: Props) {
  const id = useId()
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
        `“${typed}” does not look like a postcode. Try the first part of one, like BS1 or M14.`,
      )
      return
    }
    setShapeError(undefined)
    setDraft(outcode)
    if (outcode !== near) onChange({ near: outcode })
  }

  const error = shapeError ?? placeProblem(place)
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <fieldset className="place-field">
      <legend>Where?</legend>
      <div className="field">
        <label htmlFor={`${id}-postcode`}>Postcode or area</label>
        <p id={`${id}-hint`} className="hint">
          The first part is enough, like BS1. Online and phone services are always shown too.
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
            Search here
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
          Use my location
        </button>
        <p id={`${id}-location-hint`} className="hint">
          Only when you tap it. We turn it into a postcode area like BS1. Your exact location is not
          kept or sent anywhere.
        </p>
        <p role="status" className="place-field__status">
          {status.state === 'finding' && 'Finding your area…'}
          {status.state === 'found' &&
            `Using your area, ${status.outcode}. Your exact location was not kept.`}
          {status.state === 'problem' && status.message}
        </p>
      </div>

      {near !== undefined && (
        <div className="field">
          <label htmlFor={`${id}-within`}>How far?</label>
          <select
            id={`${id}-within`}
            name="within"
            value={within ?? ''}
            onChange={(event) =>
              onChange({ within: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">Any distance</option>
            {DISTANCES.map((miles) => (
              <option key={miles} value={miles}>
                Within {miles} {miles === 1 ? 'mile' : 'miles'}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  )
}
