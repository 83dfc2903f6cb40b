import * as v from 'valibot'
import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { changeRows, editRow, readRow, toStored } from './personal-rows.ts'
import type { DocumentRow } from './rows.ts'

/** The parts of a safety plan, in the order they are shown and printed. */
export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'coping',
  'distractions',
  'people',
  'professionals',
  'saferSpace',
  'reasons',
] as const

export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number]

export const MAX_PLAN_TEXT = 300
export const MAX_PLAN_PHONE = 30

const PlanItemSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_PLAN_TEXT)),
  phone: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_PLAN_PHONE))),
})

/** One line of the plan. People and services may carry a phone number. */
export interface SafetyPlanItem {
  id: string
  text: string
  phone?: string
}

export type SafetyPlan = Record<SafetyPlanSection, SafetyPlanItem[]>

export interface StoredSafetyPlan {
  plan: SafetyPlan
  updatedAt: string
  /** How many parts of the stored record could not be read and were left out. */
  unreadable: number
}

const DOCUMENT_ID = 'safety-plan'

export function emptySafetyPlan(): SafetyPlan {
  return {
    warningSigns: [],
    coping: [],
    distractions: [],
    people: [],
    professionals: [],
    saferSpace: [],
    reasons: [],
  }
}

export function isSafetyPlanEmpty(plan: SafetyPlan): boolean {
  return SAFETY_PLAN_SECTIONS.every((section) => plan[section].length === 0)
}

function readItem(value: unknown): SafetyPlanItem | undefined {
  const result = v.safeParse(PlanItemSchema, value)
  if (!result.success) return undefined
  const { id, text, phone } = result.output
  return phone ? { id, text, phone } : { id, text }
}

/**
 * Reads what was stored, keeping every item that makes sense and counting the rest. A record
 * damaged on the device or written by a later version must never stop the plan from opening:
 * it may be needed on the worst day.
 */
export function readSafetyPlan(row: DocumentRow | undefined): StoredSafetyPlan | undefined {
  if (!row) return undefined
  const plan = emptySafetyPlan()
  let unreadable = 0
  const data: unknown = row.data
  if (typeof data !== 'object' || data === null) {
    return { plan, updatedAt: row.updatedAt, unreadable: 1 }
  }
  for (const section of SAFETY_PLAN_SECTIONS) {
    const stored: unknown = (data as Record<string, unknown>)[section]
    if (stored === undefined) continue
    if (!Array.isArray(stored)) {
      unreadable += 1
      continue
    }
    const seen = new Set<string>()
    for (const value of stored) {
      const item = readItem(value)
      // A repeated id would make two rows act as one; keep the first.
      if (item && !seen.has(item.id)) {
        seen.add(item.id)
        plan[section].push(item)
      } else unreadable += 1
    }
  }
  return { plan, updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : '', unreadable }
}

/** The plan on this device; undefined when none has been made. */
export async function getSafetyPlan(): Promise<StoredSafetyPlan | undefined> {
  return readSafetyPlan(await readRow('documents', (table) => table.get(DOCUMENT_ID)))
}

function toRow(plan: SafetyPlan): DocumentRow {
  const data: Record<string, unknown> = {}
  for (const section of SAFETY_PLAN_SECTIONS) {
    data[section] = plan[section].map(({ id, text, phone }) =>
      phone ? { id, text, phone } : { id, text },
    )
  }
  return { id: DOCUMENT_ID, updatedAt: new Date().toISOString(), data }
}

/** Replaces the whole plan: it is short, and the order of each list is part of it. */
export async function saveSafetyPlan(plan: SafetyPlan): Promise<void> {
  const row = toRow(plan)
  await changeRows(['documents'], async (lock, database) => {
    const stored = await toStored(lock, 'documents', row)
    return { write: () => database.documents.put(stored) }
  })
  void askToKeepDataOnce()
}

/**
 * Applies one change to the plan as it is stored now, and saves it only if the stored plan is
 * still the one the change was made to (otherwise it is made again to the newer plan), so a
 * change made in another tab is never overwritten by this one's older copy. `edit` must be
 * synchronous, and may run more than once.
 */
export async function changeSafetyPlan(
  edit: (plan: SafetyPlan) => SafetyPlan,
): Promise<SafetyPlan> {
  const next = await editRow('documents', DOCUMENT_ID, (row) => {
    const changed = edit(readSafetyPlan(row)?.plan ?? emptySafetyPlan())
    return { row: toRow(changed), result: changed }
  })
  void askToKeepDataOnce()
  return next
}
