import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { db } from './database.ts'
import type { SavedItemKind, SavedItemRow } from './rows.ts'

export interface NewSavedItem {
  kind: SavedItemKind
  ref: string
  title: string
}

/** Saves an article, tool or service to My space. Saving the same thing twice keeps one. */
export async function saveItem(item: NewSavedItem): Promise<SavedItemRow> {
  const saved = await db().transaction('rw', db().savedItems, async () => {
    const existing = await db().savedItems.where({ kind: item.kind, ref: item.ref }).first()
    if (existing) return existing
    const row: SavedItemRow = {
      id: crypto.randomUUID(),
      savedAt: new Date().toISOString(),
      ...item,
    }
    await db().savedItems.add(row)
    return row
  })
  void askToKeepDataOnce()
  return saved
}

export async function unsaveItem(kind: SavedItemKind, ref: string): Promise<void> {
  await db().savedItems.where({ kind, ref }).delete()
}

export async function isItemSaved(kind: SavedItemKind, ref: string): Promise<boolean> {
  return (await db().savedItems.where({ kind, ref }).count()) > 0
}

/** Newest first. */
export function listSavedItems(): Promise<SavedItemRow[]> {
  return db().savedItems.orderBy('savedAt').reverse().toArray()
}
