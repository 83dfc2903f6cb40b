import { db } from '../database.ts'
import { keyOf, sameStored, storedTable, toStored } from '../personal-rows.ts'
import type { LockRecord, SavedItemRow } from '../rows.ts'
import { openRows, PERSONAL_TABLES, type PersonalTable, type StoredRow } from '../sealing.ts'
import { leaveUntracked } from '../sync/change-tracking.ts'
import { keyRowFor, openKeyRow, readKeyRow } from '../sync/sync-key.ts'
import type { SyncKeyRow } from '../sync/sync-rows.ts'
import { LockChangedElsewhereError } from './lock-changed-error.ts'
import { LOCK_RECORD_ID, readLockRecord } from './lock-record.ts'
import { stillSameLock, type RowLock } from './row-lock.ts'

const MAX_ATTEMPTS = 5

type Snapshot = {
  record: LockRecord | undefined
  rows: StoredRow<PersonalTable>[][]
  syncKey: SyncKeyRow | undefined
}

async function readEverything(): Promise<Snapshot> {
  const database = db()
  const tables = PERSONAL_TABLES.map((table) => storedTable(database, table))
  // One transaction: every table as it was at one moment.
  return database.transaction('r', [database.meta, database.syncState, ...tables], async () => ({
    record: await readLockRecord(database),
    rows: await Promise.all(tables.map((table) => table.toArray())),
    syncKey: await readKeyRow(),
  }))
}

/**
 * Two plain saved items for the same thing would break the [kind+ref] index, which only plain
 * records are in. Saving keeps one per thing, so this is only ever a safety net.
 */
function oneSavedItemPerThing(rows: SavedItemRow[]): { kept: SavedItemRow[]; extra: string[] } {
  const seen = new Set<string>()
  const kept: SavedItemRow[] = []
  const extra: string[] = []
  for (const row of rows) {
    const thing = `${row.kind}\u0000${row.ref}`
    if (seen.has(thing)) extra.push(row.id)
    else {
      seen.add(thing)
      kept.push(row)
    }
  }
  return { kept, extra }
}

async function rewriteTable(
  table: PersonalTable,
  stored: StoredRow<PersonalTable>[],
  from: RowLock,
  to: RowLock,
): Promise<{ rows: StoredRow<PersonalTable>[]; extra: string[] }> {
  let opened = await openRows(table, stored, keyOf(from))
  let extra: string[] = []
  if (table === 'savedItems' && !to.sealed) {
    ;({ kept: opened, extra } = oneSavedItemPerThing(opened as SavedItemRow[]))
  }
  return { rows: await Promise.all(opened.map((row) => toStored(to, table, row))), extra }
}

/**
 * Rewrites every personal record from one lock to another (plain to sealed, sealed to plain, or
 * from one key to another) and stores the new lock record (none: the lock is off), all in one
 * transaction. Everything is read, opened and sealed first, outside any transaction; the
 * transaction then checks that nothing changed meanwhile (another tab) and writes it all. If
 * something did change, it starts again. If the writing fails (storage full, the tab closed), the
 * transaction is undone as a whole and every record stays as it was.
 */
export async function rewriteEveryRow(
  from: RowLock,
  to: RowLock,
  nextRecord: LockRecord | undefined,
): Promise<void> {
  const database = db()
  const tables = PERSONAL_TABLES.map((table) => storedTable(database, table))
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const before = await readEverything()
    if (!stillSameLock(before.record, from)) throw new LockChangedElsewhereError()
    const rewritten = await Promise.all(
      PERSONAL_TABLES.map((table, index) =>
        rewriteTable(table, before.rows[index] ?? [], from, to),
      ),
    )
    // The sync recovery key is kept like a record: sealed under the lock, plain without it.
    const syncKey = before.syncKey
      ? await keyRowFor(to, await openKeyRow(from, before.syncKey))
      : undefined
    const scope = [database.meta, database.syncOutbox, database.syncState, ...tables]
    const written = await database.transaction('rw', scope, async () => {
      // Only the way records are stored changes: nothing for sync to send.
      leaveUntracked()
      if (!stillSameLock(await readLockRecord(database), from)) return false
      for (const [index, table] of tables.entries()) {
        if (!sameStored(await table.toArray(), before.rows[index])) return false
      }
      if (!sameStored(await readKeyRow(), before.syncKey)) return false
      if (syncKey) await database.syncState.put(syncKey)
      for (const [index, table] of tables.entries()) {
        const { rows, extra } = rewritten[index] ?? { rows: [], extra: [] }
        if (extra.length > 0) await table.bulkDelete(extra)
        await table.bulkPut(rows)
      }
      if (nextRecord) await database.meta.put(nextRecord)
      else await database.meta.delete(LOCK_RECORD_ID)
      return true
    })
    if (written) return
  }
  throw new LockChangedElsewhereError()
}
