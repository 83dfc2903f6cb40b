import { Trans, useLingui } from '@lingui/react/macro'
import type { DirectoryService } from '../service-model.ts'
import { contactLinks } from './contact-links.ts'

/** Call, text, website and email as ordinary links: they work with JavaScript off. */
export function ContactButtons({ service }: { service: DirectoryService }) {
  const { i18n } = useLingui()
  const links = contactLinks(service, i18n)
  if (links.length === 0) {
    return (
      <p>
        <Trans>No phone number, website or email is listed for this service.</Trans>
      </p>
    )
  }
  return (
    <ul className="contact-buttons">
      {links.map((link) => (
        <li key={link.href} className="contact-buttons__item">
          <a
            className={`button contact-buttons__link contact-buttons__link--${link.kind}`}
            href={link.href}
            {...(link.kind === 'website' ? { rel: 'noreferrer', target: '_blank' } : {})}
          >
            {link.label}
            {link.kind === 'website' && (
              <span className="visually-hidden">
                {' '}
                <Trans>(opens in a new tab)</Trans>
              </span>
            )}
          </a>
          {link.note && <p className="contact-buttons__note">{link.note}</p>}
        </li>
      ))}
    </ul>
  )
}
