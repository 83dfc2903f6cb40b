import { Trans } from '@lingui/react/macro'
import type { Ref } from 'react'
import { Link } from 'react-router'
import type { CrisisContact } from '../../lib/contact-schema.ts'
import { ContactCard } from '../crisis/contact-card.tsx'
import { crisisContacts, nationalCrisisContacts } from '../crisis/crisis-contacts.ts'
import { SafetyPlanSummary } from '../my-space/safety-plan/safety-plan-summary.tsx'

export type HelpReason = 'lowest-mood' | 'unsafe'

// A short list, so it is quick to take in: 999, three national lines open day and night, and
// the area's own lines. The full list is one tap away on Get help now.
const NATIONAL_IDS = new Set(['emergency', 'shout', 'childline', 'samaritans'])
const nationalIds = new Set(nationalCrisisContacts.map((contact) => contact.id))

export const helpFirstContacts: readonly CrisisContact[] = crisisContacts.filter(
  (contact) => NATIONAL_IDS.has(contact.id) || !nationalIds.has(contact.id),
)

interface Props {
  reason: HelpReason
  headingRef: Ref<HTMLHeadingElement>
  onCarryOn: () => void
}

/**
 * Shown straight away, before anything else, when someone picks the lowest mood or says they
 * don't feel safe. Warm and plain: who can help now, their own plan, then a way back.
 */
export function HelpFirstPanel({ reason, headingRef, onCarryOn }: Props) {
  const [emergency, ...lines] = helpFirstContacts
  return (
    <section className="help-first" aria-labelledby="help-first-heading">
      <h2 id="help-first-heading" ref={headingRef} tabIndex={-1}>
        <Trans>You don&rsquo;t have to go through this alone</Trans>
      </h2>
      <p className="lead">
        {reason === 'unsafe' ? (
          <Trans>
            Thank you for telling us. Talking to someone can help. These people are there to listen,
            any time of day or night, and it&rsquo;s free.
          </Trans>
        ) : (
          <Trans>
            It sounds like things are really hard right now. Talking to someone can help. These
            people are there to listen, any time of day or night, and it&rsquo;s free.
          </Trans>
        )}
      </p>
      {emergency && (
        <>
          <p className="help-first__emergency">
            <Trans>If your life is at risk right now, call 999 or go to A&amp;E.</Trans>
          </p>
          <ContactCard contact={emergency} />
        </>
      )}
      <ul className="contact-list help-first__lines">
        {lines.map((contact) => (
          <li key={contact.id}>
            <ContactCard contact={contact} />
          </li>
        ))}
      </ul>
      <SafetyPlanSummary headingId="help-first-plan" />
      <p>
        <Trans>
          When you&rsquo;re ready, you can carry on with your check-in. Nothing you have chosen is
          lost.
        </Trans>
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onCarryOn}>
          <Trans>Carry on with my check-in</Trans>
        </button>
        <Link to="/help" className="button">
          <Trans>See all the ways to get help</Trans>
        </Link>
      </div>
    </section>
  )
}
