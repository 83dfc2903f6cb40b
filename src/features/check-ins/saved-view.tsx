import type { Ref } from 'react'
import { Link } from 'react-router'
import type { CheckInRow } from '../../db/rows.ts'
import { SAFETY_PLAN_PATH } from '../my-space/safety-plan/safety-plan-summary.tsx'
import { LOWEST_MOOD } from './check-in-options.ts'
import { suggestFor, type Suggestion } from './suggestions.ts'

const kindLabels: Record<Suggestion['kind'], string> = {
  article: 'Read',
  tool: 'Try a tool',
  support: 'Talk to someone',
}

interface Props {
  checkIn: CheckInRow
  headingRef: Ref<HTMLHeadingElement>
}

/** A kind ending: it is kept, and two or three things that fit what they said. */
export function SavedView({ checkIn, headingRef }: Props) {
  const suggestions = suggestFor(checkIn)
  const hard = checkIn.unsafe === true || checkIn.mood === LOWEST_MOOD
  return (
    <section className="check-in-saved" aria-labelledby="check-in-saved-heading">
      <h2 id="check-in-saved-heading" ref={headingRef} tabIndex={-1}>
        Saved. Thank you for checking in.
      </h2>
      <p>Your check-in is kept on this device. It is not sent anywhere.</p>

      {hard && (
        <div className="callout">
          <p>
            If you need to talk to someone, you can <Link to="/help">get help now</Link>, any time
            of day or night. You could also look at{' '}
            <Link to={SAFETY_PLAN_PATH}>your safety plan</Link>.
          </p>
        </div>
      )}

      <h3 id="check-in-suggestions">Things that might help</h3>
      <ul className="card-grid suggestion-list" aria-labelledby="check-in-suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.href} className="card">
            <p className="suggestion__kind">{kindLabels[suggestion.kind]}</p>
            <h4 className="card__title">
              <Link className="card__link" to={suggestion.href}>
                {suggestion.title}
              </Link>
            </h4>
            <p>{suggestion.summary}</p>
          </li>
        ))}
      </ul>

      <p>
        <Link to="/my-space">See your check-ins in My space</Link>
      </p>
    </section>
  )
}
