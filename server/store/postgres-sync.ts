import type pg from 'pg'
import type {
  Account,
  AccountOps,
  AppendResult,
  Day,
  NewOp,
  SnapshotResult,
  StoredOp,
  SyncStore,
} from './store.ts'

/** bigint columns arrive as strings; every number here is far below 2^53. */
const int = (value: string | number | null): number => Number(value ?? 0)

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    client.release()
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    // A connection in an unknown state is closed rather than handed to the next request.
    client.release(true)
    throw error
  }
}

interface LockedAccount {
  key: string
  last_seq: string
  pruned_through: string
  used_bytes: string
}

/** Locks the account row until the transaction ends: every writer to one account queues here. */
async function lockAccount(client: pg.PoolClient, accountId: string) {
  const result = await client.query<LockedAccount>(
    `SELECT key, last_seq, pruned_through, used_bytes FROM accounts WHERE id = $1 FOR UPDATE`,
    [accountId],
  )
  return result.rows[0]
}

/**
 * The sync operations over a connection pool. Writers to one account serialise on its row lock
 * (SELECT … FOR UPDATE), and take sequence numbers from its counter in the same transaction, so
 * numbers commit in order and a reader never sees a later number before an earlier one.
 */
export function postgresSyncStore(pool: pg.Pool): SyncStore {
  return {
    async findAccount(accountId) {
      const result = await pool.query<{
        token_hash: Buffer
        last_seq: string
        pruned_through: string
        used_bytes: string
        last_used_day: string
      }>(
        `SELECT token_hash, last_seq, pruned_through, used_bytes, last_used_day::text
           FROM accounts WHERE id = $1`,
        [accountId],
      )
      const row = result.rows[0]
      if (!row) return null
      const account: Account = {
        tokenHash: row.token_hash,
        lastSeq: int(row.last_seq),
        prunedThrough: int(row.pruned_through),
        usedBytes: int(row.used_bytes),
        lastUsedDay: row.last_used_day,
      }
      return account
    },

    async createAccount(accountId, tokenHash, day) {
      const result = await pool.query<{ made: number }>(
        `WITH made AS (
           INSERT INTO accounts (id, token_hash, created_day, last_used_day)
           VALUES ($1, $2, $3, $3)
           ON CONFLICT (id) DO NOTHING
           RETURNING id
         ), forgotten AS (
           DELETE FROM deleted_accounts WHERE id IN (SELECT id FROM made)
         )
         SELECT count(*)::int AS made FROM made`,
        [accountId, tokenHash, day],
      )
      return result.rows[0]?.made === 1
    },

    async touchAccount(accountId, day) {
      await pool.query(
        'UPDATE accounts SET last_used_day = $2 WHERE id = $1 AND last_used_day < $2',
        [accountId, day],
      )
    },

    appendOps(accountId, ops, { day, maxAccountBytes }) {
      return append(pool, accountId, ops, day, maxAccountBytes)
    },

    async readOps(accountId, after, limit) {
      return (await readOpsAndAccount(pool, accountId, after, limit)).result
    },

    readOpsAndAccount(accountId, after, limit) {
      return readOpsAndAccount(pool, accountId, after, limit)
    },

    putSnapshot(accountId, next, { maxAccountBytes }) {
      return inTransaction(pool, async (client): Promise<SnapshotResult> => {
        const account = await lockAccount(client, accountId)
        if (!account) return { kind: 'no-account' }
        const lastSeq = int(account.last_seq)
        if (next.uptoSeq > lastSeq) return { kind: 'beyond-last', lastSeq }
        const sizes = await client.query<{ upto_seq: string | null; freed: string }>(
          `SELECT (SELECT upto_seq FROM snapshots WHERE account_key = $1) AS upto_seq,
                  coalesce((SELECT length(ct) FROM snapshots WHERE account_key = $1), 0)
                  + coalesce((SELECT sum(size) FROM ops
                               WHERE account_key = $1 AND seq <= $2 AND ct IS NOT NULL), 0)
                  AS freed`,
          [account.key, next.uptoSeq],
        )
        const current = sizes.rows[0]
        if (current?.upto_seq != null && next.uptoSeq < int(current.upto_seq)) {
          return { kind: 'older', snapshotUptoSeq: int(current.upto_seq) }
        }
        const remaining = int(account.used_bytes) - int(current?.freed ?? 0)
        if (remaining + next.ct.length > maxAccountBytes) {
          return { kind: 'full', usedBytes: remaining, incomingBytes: next.ct.length }
        }
        await client.query(
          `WITH saved AS (
             INSERT INTO snapshots (account_key, upto_seq, iv, ct) VALUES ($1, $2, $3, $4)
             ON CONFLICT (account_key) DO UPDATE
               SET upto_seq = excluded.upto_seq, iv = excluded.iv, ct = excluded.ct
           ), pruned AS (
             UPDATE ops SET iv = NULL, ct = NULL
              WHERE account_key = $1 AND seq <= $2 AND ct IS NOT NULL
           )
           UPDATE accounts SET pruned_through = greatest(pruned_through, $2), used_bytes = $5
            WHERE key = $1`,
          [account.key, next.uptoSeq, next.iv, next.ct, remaining + next.ct.length],
        )
        return { kind: 'stored' }
      })
    },

    async getSnapshot(accountId) {
      const result = await pool.query<{ upto_seq: string; iv: Buffer; ct: Buffer }>(
        `SELECT s.upto_seq, s.iv, s.ct FROM snapshots s JOIN accounts a ON a.key = s.account_key
          WHERE a.id = $1`,
        [accountId],
      )
      const row = result.rows[0]
      return row ? { uptoSeq: int(row.upto_seq), iv: row.iv, ct: row.ct } : null
    },

    async deleteAccount(accountId: string, day: Day) {
      const result = await pool.query(
        `WITH gone AS (DELETE FROM accounts WHERE id = $1 RETURNING id, token_hash)
         INSERT INTO deleted_accounts (id, token_hash, deleted_day)
         SELECT id, token_hash, $2 FROM gone
         ON CONFLICT (id) DO UPDATE
           SET token_hash = excluded.token_hash, deleted_day = excluded.deleted_day`,
        [accountId, day],
      )
      return result.rowCount === 1
    },

    async findDeletedAccount(accountId) {
      const result = await pool.query<{ token_hash: Buffer }>(
        'SELECT token_hash FROM deleted_accounts WHERE id = $1',
        [accountId],
      )
      return result.rows[0]?.token_hash ?? null
    },

    async deleteExpired({ unusedBefore, deletedBefore }) {
      const result = await pool.query<{ accounts: number; deletion_records: number }>(
        `WITH expired AS (DELETE FROM accounts WHERE last_used_day < $1 RETURNING 1),
              forgotten AS (DELETE FROM deleted_accounts WHERE deleted_day < $2 RETURNING 1)
         SELECT (SELECT count(*) FROM expired)::int AS accounts,
                (SELECT count(*) FROM forgotten)::int AS deletion_records`,
        [unusedBefore, deletedBefore],
      )
      const row = result.rows[0]
      return { accounts: row?.accounts ?? 0, deletionRecords: row?.deletion_records ?? 0 }
    },
  }
}

async function append(
  pool: pg.Pool,
  accountId: string,
  ops: readonly NewOp[],
  day: Day,
  maxAccountBytes: number,
): Promise<AppendResult> {
  // The first copy of each id, in the order sent.
  const firsts = new Map<string, NewOp>()
  for (const op of ops) if (!firsts.has(op.id)) firsts.set(op.id, op)
  const distinct = [...firsts.values()]
  const result = await pool.query<{
    o_status: 'stored' | 'full' | 'no-account'
    o_used: string | null
    o_incoming: string | null
    o_ids: string[] | null
    o_seqs: string[] | null
  }>({
    // Named, so each connection parses and plans it once rather than on every push.
    name: 'harbour-append-ops',
    text: 'SELECT * FROM append_ops($1, $2::text[], $3::bytea[], $4::bytea[], $5::date, $6)',
    values: [
      accountId,
      distinct.map((op) => op.id),
      distinct.map((op) => op.iv),
      distinct.map((op) => op.ct),
      day,
      maxAccountBytes,
    ],
  })
  const row = result.rows[0]
  if (!row || row.o_status === 'no-account') return { kind: 'no-account' }
  if (row.o_status === 'full') {
    return { kind: 'full', usedBytes: int(row.o_used), incomingBytes: int(row.o_incoming) }
  }
  const ids = row.o_ids ?? []
  const seqs = new Map(ids.map((id, index) => [id, int(row.o_seqs?.[index] ?? null)]))
  return { kind: 'stored', acks: ops.map((op) => ({ id: op.id, seq: seqs.get(op.id) ?? 0 })) }
}

async function readOpsAndAccount(
  pool: pg.Pool,
  accountId: string,
  after: number,
  limit: number,
): Promise<AccountOps> {
  // One statement reads the account, its counter and the ops from the same snapshot of the
  // database: one round trip for a whole pull, the account's token check included.
  const result = await pool.query<{
    token_hash: Buffer
    last_seq: string
    pruned_through: string
    used_bytes: string
    last_used_day: string
    op_id: string | null
    seq: string | null
    iv: Buffer | null
    ct: Buffer | null
  }>({
    name: 'harbour-read-ops',
    text: `SELECT a.token_hash, a.last_seq, a.pruned_through, a.used_bytes,
            a.last_used_day::text AS last_used_day, o.op_id, o.seq, o.iv, o.ct
       FROM accounts a
       LEFT JOIN LATERAL (
         SELECT op_id, seq, iv, ct FROM ops
          WHERE account_key = a.key AND seq > $2 AND a.pruned_through <= $2
          ORDER BY seq LIMIT $3
       ) o ON true
      WHERE a.id = $1
      ORDER BY o.seq`,
    values: [accountId, after, limit],
  })
  const first = result.rows[0]
  if (!first) return { account: null, result: { kind: 'no-account' } }
  const account: Account = {
    tokenHash: first.token_hash,
    lastSeq: int(first.last_seq),
    prunedThrough: int(first.pruned_through),
    usedBytes: int(first.used_bytes),
    lastUsedDay: first.last_used_day,
  }
  const { lastSeq, prunedThrough } = account
  if (after < prunedThrough) {
    return { account, result: { kind: 'pruned', snapshotUptoSeq: prunedThrough } }
  }
  if (after > lastSeq) return { account, result: { kind: 'ahead', lastSeq } }
  const found: StoredOp[] = []
  for (const row of result.rows) {
    if (row.op_id === null || row.iv === null || row.ct === null) continue
    found.push({ id: row.op_id, seq: int(row.seq), iv: row.iv, ct: row.ct })
  }
  return { account, result: { kind: 'ops', ops: found, lastSeq } }
}
