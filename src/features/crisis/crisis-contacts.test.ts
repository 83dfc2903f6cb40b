import { describe, expect, it } from 'vitest'
import { contactHref } from '../../lib/contact-schema.ts'
import { crisisContacts, crisisContactsFor, nationalCrisisContacts } from './crisis-contacts.ts'

function numbersOf(id: string): string[] {
  const contact = nationalCrisisContacts.find((c) => c.id === id)
  return contact?.actions.flatMap((a) => (a.kind === 'web' ? [] : [a.number])) ?? []
}

describe('crisis contacts', () => {
  it('has the checked numbers for every national service', () => {
    expect(numbersOf('emergency')).toEqual(['999'])
    expect(numbersOf('nhs-111')).toEqual(['111'])
    expect(numbersOf('shout')).toEqual(['85258'])
    expect(numbersOf('childline')).toEqual(['0800 1111'])
    expect(numbersOf('samaritans')).toEqual(['116 123'])
    expect(numbersOf('papyrus')).toEqual(['0800 068 4141'])
  })

  it('puts 999 first and the area lines last', () => {
    const areaLine = { ...nationalCrisisContacts[1]!, id: 'local', name: 'Local line' }
    const all = crisisContactsFor([areaLine])
    expect(all[0]?.id).toBe('emergency')
    expect(all.at(-1)?.id).toBe('local')
  })

  it('includes the area pack lines in the contacts the app shows', () => {
    expect(crisisContacts.some((c) => c.id === 'demo-crisis-team')).toBe(true)
  })

  it('makes tel: and sms: links without spaces', () => {
    const [childlineCall] = nationalCrisisContacts.find((c) => c.id === 'childline')!.actions
    expect(contactHref(childlineCall!)).toBe('tel:08001111')
    const [shoutText] = nationalCrisisContacts.find((c) => c.id === 'shout')!.actions
    expect(contactHref(shoutText!)).toBe('sms:85258?&body=SHOUT')
  })

  it('records when every contact was last checked', () => {
    for (const contact of crisisContacts) expect(contact.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
