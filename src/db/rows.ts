import type { Envelope } from '../lib/crypto/envelope.ts'

/** The shapes stored on the device. Dates are ISO strings so exports and sync are plain JSON. */

export type Mood = 1 | 2 | 3 | 4 | 5

/**
 * The ONS personal wellbeing questions, each answered 0–10. Any can be left out; the anxiety
 * question is never asked of under-16s.
 */
export interface OnsAnswers {
  lifeSatisfaction?: number
  worthwhile?: number
  happiness?: number
  anxiety?: number
}

export interface CheckInRow {
  id: string
  /** When the check-in was made (or the time the person gave it). */
  at: string
  /** 1 is the lowest, 5 the best. */
  mood: Mood
  feelings: string[]
  happenings: string[]
  note?: string
  /** True when they answered "I don't feel safe right now". */
  unsafe?: boolean
  ons?: OnsAnswers
  /** Set when the check-in was edited after it was made. */
  updatedAt?: string
}

export interface GoalRow {
  id: string
  title: string
  createdAt: string
  archivedAt?: string
}

export interface GoalRatingRow {
  id: string
  goalId: string
  at: string
  rating: number
}

export type SavedItemKind = 'article' | 'tool' | 'service'

export interface SavedItemRow {
  id: string
  kind: SavedItemKind
  /** The article slug, tool slug or service id. */
  ref: string
  title: string
  savedAt: string
}

export interface ToolEntryRow {
  id: string
  tool: string
  updatedAt: string
  data: Record<string, unknown>
}

/** One-of-a-kind records such as the safety plan and About me, keyed by name. */
export interface DocumentRow {
  id: 'safety-plan' | 'about-me' | 'coping-kit'
  updatedAt: string
  data: Record<string, unknown>
}

/**
 * The passcode lock, when it is on: what is needed to make the key again from the passcode, and
 * a known value sealed with that key, so a passcode can be checked without opening any record.
 * It holds nothing personal and is never exported.
 */
export interface LockRecord {
  id: 'lock'
  /** The PBKDF2 salt, base64url. A new one each time a passcode is set. */
  salt: string
  iterations: number
  check: Envelope
}

/** Harbour's own settings about the database itself. Only the lock, for now. */
export type MetaRow = LockRecord
