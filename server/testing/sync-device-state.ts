import type { HarbourDatabase } from '../../src/db/schema.ts'
import { PERSONAL_TABLES } from '../../src/db/sealing.ts'

/** Every personal record on a device, sorted, as comparable text (the lock is off in these tests). */
export async function recordsOf(database: HarbourDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of PERSONAL_TABLES) {
    const rows = (await database.table(table).toArray()) as { id: string }[]
    out[table] = rows.sort((a, b) => (a.id < b.id ? -1 : 1))
  }
  return out
}

/** The words kept from conflicts on a device. */
export async function keptTextsOf(database: HarbourDatabase): Promise<string[]> {
  const rows = (await database.toolEntries.toArray()) as {
    tool: string
    data: { text?: unknown }
  }[]
  return rows
    .filter((row) => row.tool === 'kept-text')
    .map((row) => String(row.data.text))
    .sort()
}
