import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { CrisisContact } from '../../../lib/contact-schema.ts'
import type { SavedItemRow } from '../../../db/rows.ts'
import type { ItemInput } from './plan-list.ts'

export interface QuickPick extends ItemInput {
  key: string
}

/** A helpline as a line of the plan: its name, and the number to call or text. */
export function pickFromContact(contact: CrisisContact, i18n: I18n): QuickPick {
  const action = contact.actions.find((a) => a.kind === 'call' || a.kind === 'text')
  let phone: string | undefined
  if (action?.kind === 'call') phone = action.number
  else if (action?.kind === 'text') {
    const { message, number } = action
    phone = message ? i18n._(msg`Text ${message} to ${number}`) : i18n._(msg`Text ${number}`)
  }
  return phone
    ? { key: `contact-${contact.id}`, text: contact.name, phone }
    : { key: `contact-${contact.id}`, text: contact.name }
}

/** Services the person saved from Find support, newest first. */
export function picksFromSaved(saved: readonly SavedItemRow[]): QuickPick[] {
  return saved
    .filter((item) => item.kind === 'service')
    .map((item) => ({ key: `service-${item.ref}`, text: item.title }))
}
