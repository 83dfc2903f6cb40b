import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { changeRows, readRow, toStored } from './personal-rows.ts'
import type { DocumentRow } from './rows.ts'

export interface CopingKitItem {
  id: string
  text: string
}

const DOCUMENT_ID = 'coping-kit'

function isCopingKitItem(value: unknown): value is CopingKitItem {
  if (typeof value !== 'object' || value === null) return false
  const { id, text } = value as Record<string, unknown>
  return typeof id === 'string' && typeof text === 'string'
}

/**
 * The person's coping kit, in their order. An item that cannot be read (written by a future
 * version, or damaged) is left out rather than breaking the whole kit.
 */
export async function getCopingKit(): Promise<CopingKitItem[]> {
  const row = await readRow('documents', (table) => table.get(DOCUMENT_ID))
  const items = row?.data.items
  if (!Array.isArray(items)) return []
  return items.filter(isCopingKitItem).map(({ id, text }) => ({ id, text }))
}

/** Replaces the whole kit: the list is short, and its order is part of what is saved. */
export async function saveCopingKit(items: readonly CopingKitItem[]): Promise<void> {
  const row: DocumentRow = {
    id: DOCUMENT_ID,
    updatedAt: new Date().toISOString(),
    data: { items: items.map(({ id, text }) => ({ id, text })) },
  }
  await changeRows(['documents'], async (lock, database) => {
    const stored = await toStored(lock, 'documents', row)
    return { write: () => database.documents.put(stored) }
  })
  void askToKeepDataOnce()
}
