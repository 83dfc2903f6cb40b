import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { DirectoryService } from '../service-model.ts'

export interface ContactLink {
  kind: 'call' | 'text' | 'website' | 'email'
  href: string
  label: string
  /** Words from the data about this way in, e.g. "Text SHOUT to 85258." */
  note?: string
}

function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '')
}

/**
 * A service's ways in as ordinary links (tel:, sms:, https:, mailto:), so they work with
 * JavaScript off and open the phone's own dialler, messages or mail app.
 */
export function contactLinks(service: DirectoryService, i18n: I18n): ContactLink[] {
  const links: ContactLink[] = []
  for (const phone of service.phones) {
    const digits = dialable(phone.number)
    if (digits === '') continue
    const call = phone.kind === 'voice'
    const number = phone.number
    links.push({
      kind: call ? 'call' : 'text',
      href: `${call ? 'tel' : 'sms'}:${digits}`,
      label: call ? i18n._(msg`Call ${number}`) : i18n._(msg`Text ${number}`),
      note: phone.description,
    })
  }
  if (service.url) {
    links.push({ kind: 'website', href: service.url, label: i18n._(msg`Visit their website`) })
  }
  const email = service.email
  if (email) {
    links.push({ kind: 'email', href: `mailto:${email}`, label: i18n._(msg`Email ${email}`) })
  }
  return links
}
