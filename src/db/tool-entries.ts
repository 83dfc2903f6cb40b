import { askToKeepDataOnce } from '../lib/persistent-storage.ts'
import { changeRows, readRow, readRows, toStored } from './personal-rows.ts'
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
  await changeRows(['toolEntries'], async (lock, database) => {
    const stored = await toStored(lock, 'toolEntries', row)
    return {
      write: async () => {
        // Which tool an entry belongs to stays readable, so this needs nothing opened.
        const existing = id === undefined ? undefined : await database.toolEntries.get(id)
        // One tool overwriting another's entry would be a programming error, never a person's.
        if (existing && existing.tool !== tool) {
          throw new Error(`Tool entry ${id} belongs to ${existing.tool}, not ${tool}`)
        }
        await database.toolEntries.put(stored)
      },
    }
  })
  void askToKeepDataOnce()
  return row
}

/** One tool's entries, newest first. */
export function listToolEntries(tool: string): Promise<ToolEntryRow[]> {
  return readRows('toolEntries', (table) =>
    table.where('tool').equals(tool).reverse().sortBy('updatedAt'),
  )
}

export function getToolEntry(id: string): Promise<ToolEntryRow | undefined> {
  return readRow('toolEntries', (table) => table.get(id))
}

export async function deleteToolEntry(id: string): Promise<void> {
  await changeRows(['toolEntries'], async (_lock, database) => ({
    write: () => database.toolEntries.delete(id),
  }))
}
