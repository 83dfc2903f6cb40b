import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ContactCard } from './contact-card.tsx'
import { crisisContacts } from './crisis-contacts.ts'

/** The oldest check, so the date never makes a number look more recently checked than it is. */
function oldestCheck(dates: readonly string[]): string {
  const oldest = [...dates].sort().at(0) ?? ''
  const date = new Date(`${oldest}T12:00:00Z`)
  return date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export function HelpPage() {
  const [emergency, ...others] = crisisContacts
  return (
    <div className="help-page">
      <PageHeading>Get help now</PageHeading>
      <p className="lead">
        You don&rsquo;t have to go through this alone. These people are there to listen, and
        it&rsquo;s free to get in touch.
      </p>

      {emergency && (
        <section className="help-page__emergency" aria-labelledby="help-emergency">
          <h2 id="help-emergency">If your life is at risk right now</h2>
          <ContactCard contact={emergency} />
        </section>
      )}

      <section className="help-page__plan" aria-labelledby="help-plan">
        <h2 id="help-plan">Your safety plan</h2>
        <p>
          If you have made a safety plan in Harbour, it can remind you what helps and who you can
          turn to. <Link to="/my-space/safety-plan">Open my safety plan</Link>
        </p>
      </section>

      <section aria-labelledby="help-talk">
        <h2 id="help-talk">Talk or text, any time</h2>
        <ul className="contact-list">
          {others.map((contact) => (
            <li key={contact.id}>
              <ContactCard contact={contact} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="help-more">
        <h2 id="help-more">Other things that can help</h2>
        <ul className="link-list">
          <li>
            <Link to="/find-support">Find support near you or online</Link>, for when it is not an
            emergency.
          </li>
          <li>Worried about someone else? You can call any of these services about them too.</li>
        </ul>
      </section>

      <p className="small-print">
        We checked every one of these numbers in or after{' '}
        {oldestCheck(crisisContacts.map((contact) => contact.lastChecked))}.
      </p>
    </div>
  )
}
