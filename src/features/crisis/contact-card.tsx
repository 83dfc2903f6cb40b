import { Trans } from '@lingui/react/macro'
import { contactHref, type CrisisContact } from '../../lib/contact-schema.ts'

interface Props {
  contact: CrisisContact
  headingLevel?: 'h2' | 'h3'
}

export function ContactCard({ contact, headingLevel: Heading = 'h3' }: Props) {
  return (
    <article
      className={`contact-card contact-card--${contact.id}`}
      aria-labelledby={`contact-${contact.id}`}
    >
      <Heading id={`contact-${contact.id}`} className="contact-card__name">
        {contact.name}
      </Heading>
      <p className="contact-card__summary">{contact.summary}</p>
      <ul className="contact-card__actions">
        {contact.actions.map((action) => (
          <li key={action.label}>
            <a
              className={`button contact-card__action contact-card__action--${action.kind}`}
              href={contactHref(action)}
              {...(action.kind === 'web' ? { rel: 'noreferrer', target: '_blank' } : {})}
            >
              {action.label}
              {action.kind === 'web' && (
                <span className="visually-hidden">
                  {' '}
                  <Trans>(opens in a new tab)</Trans>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <dl className="contact-card__facts">
        <div>
          <dt>
            <Trans>When</Trans>
          </dt>
          <dd>{contact.hours}</dd>
        </div>
        <div>
          <dt>
            <Trans>Who for</Trans>
          </dt>
          <dd>{contact.who}</dd>
        </div>
      </dl>
      {contact.note && <p className="contact-card__note">{contact.note}</p>}
    </article>
  )
}
