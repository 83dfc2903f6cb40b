import { Trans } from '@lingui/react/macro'
import { useContentLang } from '../../i18n/content-lang.ts'
import { contactHref, type CrisisContact } from '../../lib/contact-schema.ts'

interface Props {
  contact: CrisisContact
  headingLevel?: 'h2' | 'h3'
}

export function ContactCard({ contact, headingLevel: Heading = 'h3' }: Props) {
  // The contacts' own words are in English for now.
  const lang = useContentLang()
  return (
    <article
      className={`contact-card contact-card--${contact.id}`}
      aria-labelledby={`contact-${contact.id}`}
    >
      <Heading id={`contact-${contact.id}`} className="contact-card__name" lang={lang}>
        {contact.name}
      </Heading>
      <p className="contact-card__summary" lang={lang}>
        {contact.summary}
      </p>
      <ul className="contact-card__actions">
        {contact.actions.map((action) => (
          <li key={action.label}>
            <a
              className={`button contact-card__action contact-card__action--${action.kind}`}
              href={contactHref(action)}
              {...(action.kind === 'web' ? { rel: 'noreferrer', target: '_blank' } : {})}
            >
              <span lang={lang}>{action.label}</span>
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
          <dd lang={lang}>{contact.hours}</dd>
        </div>
        <div>
          <dt>
            <Trans>Who for</Trans>
          </dt>
          <dd lang={lang}>{contact.who}</dd>
        </div>
      </dl>
      {contact.note && (
        <p className="contact-card__note" lang={lang}>
          {contact.note}
        </p>
      )}
    </article>
  )
}
