import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie'
import { PERSONAL_TABLES } from '../sealing.ts'
import type { HybridClock } from './stamps.ts'
import type { OutboxRow } from './sync-rows.ts'

export const OUTBOX_TABLE = 'syncOutbox'

const personal: ReadonlySet<string> = new Set(PERSONAL_TABLES)

/** Transactions whose writes are not changes to send: sync's own, the lock's rewrites. */
const untracked = new WeakSet<object>()

/**
 * Marks the current transaction as one whose writes sync must not send (the changes came from
 * sync, or only the way records are stored changed). Call inside the transaction.
 */
export function leaveUntracked(): void {
  const transaction = Dexie.currentTransaction
  if (!transaction) throw new Error('leaveUntracked is called inside a transaction')
  untracked.add(transaction.idbtrans)
}

function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): Promise<unknown[]> | unknown[] {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.keys ?? request.values.map((value) => (value as { id: unknown }).id)
    case 'delete':
      return request.keys
    case 'deleteRange':
      // Asked before the delete, in the same transaction, so it sees the records being deleted.
      return table
        .query({
          trans: request.trans,
          values: false,
          query: { index: table.schema.primaryKey, range: request.range },
        })
        .then((found) => found.result)
  }
}

/**
 * Every write to a personal table also writes an outbox row, in the same transaction, so a change
 * can never be saved without sync knowing of it. A write path that forgot to include the outbox in
 * its transaction fails loudly instead of saving a change sync would miss.
 */
export function trackChanges(clock: HybridClock): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sync-change-tracking',
    // Below Dexie's hooks (level 2), which need its zone when they are called, and which an
    // await here would lose; above the live-query tracking (0), so live queries see the outbox.
    level: 1.5,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          if (!personal.has(name)) return table
          return {
            ...table,
            mutate(request) {
              // No await before calling down: Dexie's own middlewares below read the
              // transaction's zone when called, and Dexie.Promise carries that zone on to the
              // outbox write.
              const keys = untracked.has(request.trans) ? [] : keysOf(table, request)
              const done = table.mutate(request)
              return Dexie.Promise.all([keys, done]).then(([found, result]) => {
                if (found.length === 0) return result
                const at = clock.stamp()
                const values: OutboxRow[] = found.map((key) => ({
                  key: `${name}|${String(key)}`,
                  table: name,
                  id: String(key),
                  at,
                }))
                return down
                  .table(OUTBOX_TABLE)
                  .mutate({ type: 'put', trans: request.trans, values })
                  .then(() => result)
              })
            },
          }
        },
      }
    },
  }
}
