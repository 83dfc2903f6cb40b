import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import {
  changeRows,
  keyOf,
  readRows,
  sameStored,
  toStored,
  type PreparedChange,
} from './personal-rows.ts'
import type { RowLock } from './lock/row-lock.ts'
import type { SavedItemKind, SavedItemRow } from './rows.ts'
import type { HarbourDatabase } from './schema.ts'
import { openRows } from './sealing.ts'

export interface NewSavedItem {
  kind: SavedItemKind
  ref: string
  title: string
}

function isItem(row: SavedItemRow, kind: SavedItemKind, ref: string): boolean {
  return row.kind === kind && row.ref === ref
}

/**
 * A change that depends on what is saved. A sealed saved item hides its kind and ref from the
 * [kind+ref] index, so every item is read and opened (there are only ever a few), and the change
 * is written only if none of them changed meanwhile: saving in two tabs at once still keeps one.
 */
function changeWithAllItems<R>(
  work: (
    items: SavedItemRow[],
    lock: RowLock,
    database: HarbourDatabase,
  ) => Promise<PreparedChange<R>>,
): Promise<R> {
  return changeRows(['savedItems'], async (lock, database) => {
    const before = await database.savedItems.toArray()
    const change = await work(await openRows('savedItems', before, keyOf(lock)), lock, database)
    return {
      unchanged: async () => sameStored(await database.savedItems.toArray(), before),
      write: change.write,
    }
  })
}

/** Saves an article, tool or service to My space. Saving the same thing twice keeps one. */
export async function saveItem(item: NewSavedItem): Promise<SavedItemRow> {
  const saved = await changeWithAllItems(async (items, lock, database) => {
    const existing = items.find((row) => isItem(row, item.kind, item.ref))
    if (existing) return { write: async () => existing }
    const row: SavedItemRow = {
      id: crypto.randomUUID(),
      savedAt: new Date().toISOString(),
      ...item,
    }
    const stored = await toStored(lock, 'savedItems', row)
    return {
      write: async () => {
        await database.savedItems.add(stored)
        return row
      },
    }
  })
  void askToKeepDataOnce()
  return saved
}

export async function unsaveItem(kind: SavedItemKind, ref: string): Promise<void> {
  await changeWithAllItems(async (items, _lock, database) => {
    const ids = items.filter((row) => isItem(row, kind, ref)).map((row) => row.id)
    return { write: () => database.savedItems.bulkDelete(ids) }
  })
}

export async function isItemSaved(kind: SavedItemKind, ref: string): Promise<boolean> {
  return (await listSavedItems()).some((row) => isItem(row, kind, ref))
}

/** Newest first. */
export function listSavedItems(): Promise<SavedItemRow[]> {
  return readRows('savedItems', (table) => table.orderBy('savedAt').reverse().toArray())
}
