import type { CrisisContact } from '../../../lib/contact-schema.ts'
import { crisisContacts } from '../../crisis/crisis-contacts.ts'

/** The numbers on every poster, in this order; what they are comes from the crisis data. */
const POSTER_IDS = ['childline', 'shout', 'samaritans', 'emergency'] as const
const NEWSLETTER_IDS = ['childline', 'shout'] as const

function pick(ids: readonly string[]): CrisisContact[] {
  return ids.flatMap((id) => crisisContacts.find((contact) => contact.id === id) ?? [])
}

export const posterContacts: readonly CrisisContact[] = pick(POSTER_IDS)
export const newsletterContacts: readonly CrisisContact[] = pick(NEWSLETTER_IDS)

/** "Call 0800 1111", "Text SHOUT to 85258": the first way in that needs no website. */
export function mainAction(contact: CrisisContact): string | undefined {
  return contact.actions.find((action) => action.kind !== 'web')?.label
}
