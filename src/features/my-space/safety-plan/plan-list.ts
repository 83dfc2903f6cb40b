import {
  MAX_PLAN_PHONE,
  MAX_PLAN_TEXT,
  type SafetyPlan,
  type SafetyPlanItem,
  type SafetyPlanSection,
} from '../../../db/safety-plan.ts'

/** Changes to one section of a safety plan, as plain functions that return a new plan. */

export interface ItemInput {
  text: string
  phone?: string
}

function clean({ text, phone }: ItemInput): Omit<SafetyPlanItem, 'id'> {
  const tidyPhone = phone?.trim().slice(0, MAX_PLAN_PHONE)
  const tidyText = text.trim().slice(0, MAX_PLAN_TEXT)
  return tidyPhone ? { text: tidyText, phone: tidyPhone } : { text: tidyText }
}

export function hasPlanItem(items: readonly SafetyPlanItem[], text: string): boolean {
  const wanted = text.trim().toLocaleLowerCase()
  return items.some((item) => item.text.trim().toLocaleLowerCase() === wanted)
}

export function addPlanItem(
  plan: SafetyPlan,
  section: SafetyPlanSection,
  input: ItemInput,
  id: string = crypto.randomUUID(),
): SafetyPlan {
  return { ...plan, [section]: [...plan[section], { id, ...clean(input) }] }
}

export function editPlanItem(
  plan: SafetyPlan,
  section: SafetyPlanSection,
  id: string,
  input: ItemInput,
): SafetyPlan {
  return {
    ...plan,
    [section]: plan[section].map((item) => (item.id === id ? { id, ...clean(input) } : item)),
  }
}

export function removePlanItem(plan: SafetyPlan, section: SafetyPlanSection, id: string) {
  return { ...plan, [section]: plan[section].filter((item) => item.id !== id) }
}

/** Moves an item one place up (-1) or down (1); at either end it stays where it is. */
export function movePlanItem(
  plan: SafetyPlan,
  section: SafetyPlanSection,
  id: string,
  by: -1 | 1,
): SafetyPlan {
  const items = [...plan[section]]
  const from = items.findIndex((item) => item.id === id)
  const to = from + by
  if (from === -1 || to < 0 || to >= items.length) return plan
  const [moving] = items.splice(from, 1)
  if (moving) items.splice(to, 0, moving)
  return { ...plan, [section]: items }
}

/** A phone number that can be dialled as it is, rather than words such as "Text SHOUT to 85258". */
export function dialable(phone: string): string | undefined {
  const digits = phone.replace(/[\s()-]/g, '')
  return /^\+?\d{3,15}$/.test(digits) ? digits : undefined
}
