import * as v from 'valibot'
import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { changeRows, readRow, toStored } from './personal-rows.ts'
import type { DocumentRow } from './rows.ts'

/** The ways someone can ask to be contacted, in the order they are offered. */
export const CONTACT_WAYS = ['text', 'phone-call', 'email', 'letter', 'in-person'] as const
export type ContactWay = (typeof CONTACT_WAYS)[number]

/** "About me": the story told once. Every part is optional; an empty string means not given. */
export interface AboutMe {
  preferredName: string
  pronouns: string
  /** What I'd like people helping me to know. */
  toKnow: string
  whatHelps: string
  whatDoesNotHelp: string
  contactWays: ContactWay[]
  /** Good times to get in touch, and anything else about contact. */
  contactNotes: string
  anythingElse: string
}

export type AboutMeTextField = Exclude<keyof AboutMe, 'contactWays'>

/** The most each part can hold: plenty to tell a story, small enough to share as a link. */
export const ABOUT_ME_LIMITS: Record<AboutMeTextField, number> = {
  preferredName: 100,
  pronouns: 100,
  toKnow: 4000,
  whatHelps: 4000,
  whatDoesNotHelp: 4000,
  contactNotes: 1000,
  anythingElse: 4000,
}

export const ABOUT_ME_TEXT_FIELDS = Object.keys(ABOUT_ME_LIMITS) as AboutMeTextField[]

export function emptyAboutMe(): AboutMe {
  return {
    preferredName: '',
    pronouns: '',
    toKnow: '',
    whatHelps: '',
    whatDoesNotHelp: '',
    contactWays: [],
    contactNotes: '',
    anythingElse: '',
  }
}

const text = (field: AboutMeTextField) =>
  v.fallback(
    v.optional(
      v.pipe(
        v.string(),
        v.transform((value) => value.slice(0, ABOUT_ME_LIMITS[field])),
      ),
      '',
    ),
    '',
  )

const contactWays = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    // Unknown ways (from a newer version, or damage) are dropped; the rest keep our order.
    v.transform((ways): ContactWay[] => CONTACT_WAYS.filter((way) => ways.includes(way))),
  ),
  () => [],
)

const aboutMeSchema = v.fallback(
  v.object({
    preferredName: text('preferredName'),
    pronouns: text('pronouns'),
    toKnow: text('toKnow'),
    whatHelps: text('whatHelps'),
    whatDoesNotHelp: text('whatDoesNotHelp'),
    contactWays,
    contactNotes: text('contactNotes'),
    anythingElse: text('anythingElse'),
  }),
  emptyAboutMe,
)

/**
 * Reads an About me from anywhere (the device, a shared link) without ever throwing: each part
 * that is damaged or missing reads as not given, and the rest is kept.
 */
export function parseAboutMe(value: unknown): AboutMe {
  return v.parse(aboutMeSchema, value)
}

export function isAboutMeEmpty(aboutMe: AboutMe): boolean {
  return (
    aboutMe.contactWays.length === 0 &&
    ABOUT_ME_TEXT_FIELDS.every((field) => aboutMe[field].trim() === '')
  )
}

export interface SavedAboutMe {
  aboutMe: AboutMe
  updatedAt: string
}

const DOCUMENT_ID = 'about-me'

export async function getAboutMe(): Promise<SavedAboutMe | undefined> {
  const row = await readRow('documents', (table) => table.get(DOCUMENT_ID))
  if (!row) return undefined
  return { aboutMe: parseAboutMe(row.data), updatedAt: row.updatedAt }
}

/** Keeps the whole About me, replacing what was there. Rejects when the device refuses. */
export async function saveAboutMe(aboutMe: AboutMe): Promise<SavedAboutMe> {
  const clean = parseAboutMe(aboutMe)
  const updatedAt = new Date().toISOString()
  const row: DocumentRow = { id: DOCUMENT_ID, updatedAt, data: { ...clean } }
  await changeRows(['documents'], async (lock, database) => {
    const stored = await toStored(lock, 'documents', row)
    return { write: () => database.documents.put(stored) }
  })
  void askToKeepDataOnce()
  return { aboutMe: clean, updatedAt }
}
