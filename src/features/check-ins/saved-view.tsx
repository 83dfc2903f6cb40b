import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { Ref } from 'react'
import { Link } from 'react-router'
import type { CheckInRow } from '../../db/rows.ts'
import { SAFETY_PLAN_PATH } from '../my-space/safety-plan/safety-plan-summary.tsx'
import { LOWEST_MOOD } from './check-in-options.ts'
import { suggestFor, type Suggestion } from './suggestions.ts'

const kindLabels: Record<Suggestion['kind'], MessageDescriptor> = {
  article: msg`Read`,
  tool: msg`Try a tool`,
  support: msg`Talk to someone`,
}

interface Props {
  checkIn: CheckInRow
  headingRef: Ref<HTMLHeadingElement>
}

/** A kind ending: it is kept, and two or three things that fit what they said. */
export function SavedView({ checkIn, headingRef }: Props) {
  const { i18n } = useLingui()
  const suggestions = suggestFor(checkIn, i18n)
  const hard = checkIn.unsafe === true || checkIn.mood === LOWEST_MOOD
  return (
    <section className="check-in-saved" aria-labelledby="check-in-saved-heading">
      <h2 id="check-in-saved-heading" ref={headingRef} tabIndex={-1}>
        <Trans>Saved. Thank you for checking in.</Trans>
      </h2>
      <p>
        <Trans>Your check-in is kept on this device. It is not sent anywhere.</Trans>
      </p>

      {hard && (
        <div className="callout">
          <p>
            <Trans>
              If you need to talk to someone, you can <Link to="/help">get help now</Link>, any time
              of day or night. You could also look at{' '}
              <Link to={SAFETY_PLAN_PATH}>your safety plan</Link>.
            </Trans>
          </p>
        </div>
      )}

      <h3 id="check-in-suggestions">
        <Trans>Things that might help</Trans>
      </h3>
      <ul className="card-grid suggestion-list" aria-labelledby="check-in-suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.href} className="card">
            <p className="suggestion__kind">{i18n._(kindLabels[suggestion.kind])}</p>
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
        <Link to="/my-space">
          <Trans>See your check-ins in My space</Trans>
        </Link>
      </p>
    </section>
  )
}
