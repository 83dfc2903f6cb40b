import type { DirectoryService } from '../service-model.ts'
import { contactLinks } from './contact-links.ts'

/** Call, text, website and email as ordinary links: they work with JavaScript off. */
export function ContactButtons({ service }: { service: DirectoryService }) {
  const links = contactLinks(service)
  if (links.length === 0) {
    return <p>No phone number, website or email is listed for this service.</p>
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
              <span className="visually-hidden"> (opens in a new tab)</span>
            )}
          </a>
          {link.note && <p className="contact-buttons__note">{link.note}</p>}
        </li>
      ))}
    </ul>
  )
}
