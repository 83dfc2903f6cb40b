import type { CopingKitItem } from '../../../../db/coping-kit.ts'

/** The coping kit list as plain functions: each returns a new list and never changes the old. */

export const MAX_ITEM_LENGTH = 200

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}

export function hasItem(items: readonly CopingKitItem[], text: string): boolean {
  return items.some((item) => sameText(item.text, text))
}

export function addItem(
  items: readonly CopingKitItem[],
  text: string,
  id: string = crypto.randomUUID(),
): CopingKitItem[] {
  return [...items, { id, text: text.trim().slice(0, MAX_ITEM_LENGTH) }]
}

export function editItem(items: readonly CopingKitItem[], id: string, text: string) {
  const clean = text.trim().slice(0, MAX_ITEM_LENGTH)
  return items.map((item) => (item.id === id ? { ...item, text: clean } : item))
}

export function removeItem(items: readonly CopingKitItem[], id: string): CopingKitItem[] {
  return items.filter((item) => item.id !== id)
}

/** Moves an item one place up (-1) or down (1); at either end it stays where it is. */
export function moveItem(items: readonly CopingKitItem[], id: string, by: -1 | 1) {
  const from = items.findIndex((item) => item.id === id)
  const to = from + by
  if (from === -1 || to < 0 || to >= items.length) return [...items]
  const next = [...items]
  const [moving] = next.splice(from, 1)
  if (moving) next.splice(to, 0, moving)
  return next
}
