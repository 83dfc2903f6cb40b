import * as v from 'valibot'
import area from 'virtual:harbour-area'
import { CrisisContactSchema, type CrisisContact } from '../../lib/contact-schema.ts'
import nationalData from './crisis-contacts.json'

/** The national contacts, in the order they are shown: 999 first, then the 24/7 lines. */
export const nationalCrisisContacts: readonly CrisisContact[] = v.parse(
  v.array(CrisisContactSchema),
  nationalData,
)

/** Every contact for this area's Harbour: the national ones, then the area's own lines. */
export function crisisContactsFor(areaLines: readonly CrisisContact[]): CrisisContact[] {
  return [...nationalCrisisContacts, ...areaLines]
}

export const crisisContacts: readonly CrisisContact[] = crisisContactsFor(area.crisisLines)
