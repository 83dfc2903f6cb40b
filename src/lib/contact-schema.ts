/* eslint-disable lingui/no-unlocalized-strings -- messages for whoever writes crisis contacts, at build time: the build's own config reads this file, so it stays free of Lingui */
import * as v from 'valibot'

/** How a person can reach a service: call, text or open its website. */
export const ContactActionSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('call'),
    number: v.pipe(v.string(), v.regex(/^[0-9 ]{3,16}$/, 'must be digits and spaces')),
    label: v.pipe(v.string(), v.minLength(3)),
  }),
  v.strictObject({
    kind: v.literal('text'),
    number: v.pipe(v.string(), v.regex(/^[0-9 ]{3,16}$/, 'must be digits and spaces')),
    message: v.optional(v.pipe(v.string(), v.minLength(1))),
    label: v.pipe(v.string(), v.minLength(3)),
  }),
  v.strictObject({
    kind: v.literal('web'),
    url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://')),
    label: v.pipe(v.string(), v.minLength(3)),
  }),
])

export const CrisisContactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
  name: v.pipe(v.string(), v.minLength(2)),
  summary: v.pipe(v.string(), v.minLength(5)),
  actions: v.pipe(v.array(ContactActionSchema), v.minLength(1, 'needs at least one way in')),
  hours: v.pipe(v.string(), v.minLength(2)),
  who: v.pipe(v.string(), v.minLength(2)),
  note: v.optional(v.string()),
  lastChecked: v.pipe(v.string(), v.isoDate('must be a date like 2026-11-24')),
})

export type ContactAction = v.InferOutput<typeof ContactActionSchema>
export type CrisisContact = v.InferOutput<typeof CrisisContactSchema>

/** The href a contact action opens: tel:, sms: (with its message) or the web address. */
export function contactHref(action: ContactAction): string {
  switch (action.kind) {
    case 'call':
      return `tel:${action.number.replaceAll(' ', '')}`
    case 'text': {
      const number = action.number.replaceAll(' ', '')
      return action.message
        ? `sms:${number}?&body=${encodeURIComponent(action.message)}`
        : `sms:${number}`
    }
    case 'web':
      return action.url
  }
}
