import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { db } from './database.ts'
import type { ToolEntryRow } from './rows.ts'

/**
 * Saves what a person wrote in a tool (a worry tree, a thought record). With an id, the entry is
 * replaced; without one, a new entry is made. The shape of `data` belongs to the tool, which
 * checks it when it reads entries back.
 */
export async function saveToolEntry(
  tool: string,
  data: Record<string, unknown>,
  id?: string,
): Promise<ToolEntryRow> {
  const row: ToolEntryRow = {
    id: id ?? crypto.randomUUID(),
    tool,
    updatedAt: new Date().toISOString(),
    data,
  }
  await db().transaction('rw', db().toolEntries, async () => {
    const existing = id === undefined ? undefined : await db().toolEntries.get(id)
    // One tool overwriting another's entry would be a programming error, never a person's.
    if (existing && existing.tool !== tool) {
      throw new Error(`Tool entry ${id} belongs to ${existing.tool}, not ${tool}`)
    }
    await db().toolEntries.put(row)
  })
  void askToKeepDataOnce()
  return row
}

/** One tool's entries, newest first. */
export function listToolEntries(tool: string): Promise<ToolEntryRow[]> {
  return db().toolEntries.where('tool').equals(tool).reverse().sortBy('updatedAt')
}

export function getToolEntry(id: string): Promise<ToolEntryRow | undefined> {
  return db().toolEntries.get(id)
}

export async function deleteToolEntry(id: string): Promise<void> {
  await db().toolEntries.delete(id)
}
