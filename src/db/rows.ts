/** The shapes stored on the device. Dates are ISO strings so exports and sync are plain JSON. */

export interface CheckInRow {
  id: string
  at: string
  mood: 1 | 2 | 3 | 4 | 5
  feelings: string[]
  happenings: string[]
  note?: string
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
