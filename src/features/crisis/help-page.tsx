import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { formatDate } from '../../i18n/format-date.ts'
import type { Locale } from '../../i18n/locales.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ContactCard } from './contact-card.tsx'
import { crisisContacts } from './crisis-contacts.ts'

/** The oldest check, so the date never makes a number look more recently checked than it is. */
function oldestCheck(dates: readonly string[], locale: Locale): string {
  const oldest = [...dates].sort().at(0) ?? ''
  // In the interface language: "November 2026", "Tachwedd 2026".
  return formatDate(new Date(`${oldest}T12:00:00Z`), locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export function HelpPage() {
  const { i18n } = useLingui()
  const [emergency, ...others] = crisisContacts
  const checked = oldestCheck(
    crisisContacts.map((contact) => contact.lastChecked),
    i18n.locale as Locale,
  )
  return (
    <div className="help-page">
      <PageHeading>
        <Trans>Get help now</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          You don’t have to go through this alone. These people are there to listen, and it’s free
          to get in touch.
        </Trans>
      </p>

      {emergency && (
        <section className="help-page__emergency" aria-labelledby="help-emergency">
          <h2 id="help-emergency">
            <Trans>If your life is at risk right now</Trans>
          </h2>
          <ContactCard contact={emergency} />
        </section>
      )}

      <section className="help-page__plan" aria-labelledby="help-plan">
        <h2 id="help-plan">
          <Trans>Your safety plan</Trans>
        </h2>
        <p>
          <Trans>
            If you have made a safety plan in Harbour, it can remind you what helps and who you can
            turn to. <Link to="/my-space/safety-plan">Open my safety plan</Link>
          </Trans>
        </p>
      </section>

      <section aria-labelledby="help-talk">
        <h2 id="help-talk">
          <Trans>Talk or text, any time</Trans>
        </h2>
        <ul className="contact-list">
          {others.map((contact) => (
            <li key={contact.id}>
              <ContactCard contact={contact} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="help-more">
        <h2 id="help-more">
          <Trans>Other things that can help</Trans>
        </h2>
        <ul className="link-list">
          <li>
            <Trans>
              <Link to="/find-support">Find support near you or online</Link>, for when it is not an
              emergency.
            </Trans>
          </li>
          <li>
            <Trans>
              Worried about someone else? You can call any of these services about them too.
            </Trans>
          </li>
        </ul>
      </section>

      <p className="small-print">
        <Trans>We checked every one of these numbers in or after {checked}.</Trans>
      </p>
    </div>
  )
}
