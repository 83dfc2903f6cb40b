import type Database from 'better-sqlite3'
import type {
  Account,
  AccountOps,
  AppendResult,
  Day,
  ExpiryCutoffs,
  NewOp,
  ReadResult,
  Snapshot,
  SnapshotResult,
  StoredOp,
  SyncStore,
} from './store.ts'

interface AccountRow {
  key: number
  token_hash: Buffer
  last_seq: number
  pruned_through: number
  used_bytes: number
  last_used_day: string
}

interface OpRow {
  op_id: string
  seq: number
  iv: Buffer
  ct: Buffer
}

class AccountFull extends Error {
  constructor(
    readonly usedBytes: number,
    readonly incomingBytes: number,
  ) {
    super('account full')
  }
}

const toAccount = (row: AccountRow): Account => ({
  tokenHash: row.token_hash,
  lastSeq: row.last_seq,
  prunedThrough: row.pruned_through,
  usedBytes: row.used_bytes,
  lastUsedDay: row.last_used_day,
})

/**
 * The sync operations on one better-sqlite3 connection. Each runs as one synchronous
 * transaction, so within this process nothing interleaves; `BEGIN IMMEDIATE` takes the write lock
 * up front in case another process shares the file.
 */
export function sqliteSyncStore(db: Database.Database): SyncStore {
  const findAccount = db.prepare<[string], AccountRow>(
    `SELECT key, token_hash, last_seq, pruned_through, used_bytes, last_used_day
       FROM accounts WHERE id = ?`,
  )
  const insertAccount = db.prepare<[string, Buffer, Day, Day]>(
    `INSERT INTO accounts (id, token_hash, created_day, last_used_day) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  )
  const forgetDeletion = db.prepare<[string]>('DELETE FROM deleted_accounts WHERE id = ?')
  const touch = db.prepare<[Day, string, Day]>(
    'UPDATE accounts SET last_used_day = ? WHERE id = ? AND last_used_day < ?',
  )
  const findOp = db.prepare<[number, string], { seq: number }>(
    'SELECT seq FROM ops WHERE account_key = ? AND op_id = ?',
  )
  // One statement per op in the usual case (a new id); a known id is then looked up.
  const insertNewOp = db.prepare<[number, number, string, Buffer, Buffer, number, Day]>(
    `INSERT INTO ops (account_key, seq, op_id, iv, ct, size, arrived_day)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_key, op_id) DO NOTHING`,
  )
  const setCounters = db.prepare<[number, number, number]>(
    'UPDATE accounts SET last_seq = ?, used_bytes = ? WHERE key = ?',
  )
  const readOps = db.prepare<[number, number, number], OpRow>(
    `SELECT op_id, seq, iv, ct FROM ops WHERE account_key = ? AND seq > ? ORDER BY seq LIMIT ?`,
  )
  const snapshotInfo = db.prepare<[number], { upto_seq: number; size: number }>(
    'SELECT upto_seq, length(ct) AS size FROM snapshots WHERE account_key = ?',
  )
  const liveBytesUpTo = db.prepare<[number, number], { bytes: number }>(
    `SELECT coalesce(sum(size), 0) AS bytes FROM ops
      WHERE account_key = ? AND seq <= ? AND ct IS NOT NULL`,
  )
  const upsertSnapshot = db.prepare<[number, number, Buffer, Buffer]>(
    `INSERT INTO snapshots (account_key, upto_seq, iv, ct) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_key) DO UPDATE
       SET upto_seq = excluded.upto_seq, iv = excluded.iv, ct = excluded.ct`,
  )
  const pruneOps = db.prepare<[number, number]>(
    `UPDATE ops SET iv = NULL, ct = NULL
      WHERE account_key = ? AND seq <= ? AND ct IS NOT NULL`,
  )
  const setPruned = db.prepare<[number, number, number]>(
    'UPDATE accounts SET pruned_through = ?, used_bytes = ? WHERE key = ?',
  )
  const getSnapshot = db.prepare<[string], { upto_seq: number; iv: Buffer; ct: Buffer }>(
    `SELECT s.upto_seq, s.iv, s.ct FROM snapshots s JOIN accounts a ON a.key = s.account_key
      WHERE a.id = ?`,
  )
  const deleteAccount = db.prepare<[string]>('DELETE FROM accounts WHERE id = ?')
  const recordDeletion = db.prepare<[string, Buffer, Day]>(
    `INSERT INTO deleted_accounts (id, token_hash, deleted_day) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE
       SET token_hash = excluded.token_hash, deleted_day = excluded.deleted_day`,
  )
  const findDeletion = db.prepare<[string], { token_hash: Buffer }>(
    'SELECT token_hash FROM deleted_accounts WHERE id = ?',
  )
  const expireAccounts = db.prepare<[Day]>('DELETE FROM accounts WHERE last_used_day < ?')
  const expireDeletions = db.prepare<[Day]>('DELETE FROM deleted_accounts WHERE deleted_day < ?')

  const append = db.transaction(
    (accountId: string, ops: readonly NewOp[], day: Day, maxBytes: number): AppendResult => {
      const account = findAccount.get(accountId)
      if (!account) return { kind: 'no-account' }
      const seqs = new Map<string, number>()
      let seq = account.last_seq
      let incomingBytes = 0
      for (const op of ops) {
        if (seqs.has(op.id)) continue
        if (insertNewOp.run(account.key, seq + 1, op.id, op.iv, op.ct, op.ct.length, day).changes) {
          seq += 1
          incomingBytes += op.ct.length
          seqs.set(op.id, seq)
        } else {
          seqs.set(op.id, findOp.get(account.key, op.id)?.seq ?? 0)
        }
      }
      if (incomingBytes > 0 && account.used_bytes + incomingBytes > maxBytes) {
        // Thrown to roll back what this transaction inserted.
        throw new AccountFull(account.used_bytes, incomingBytes)
      }
      if (seq > account.last_seq) {
        setCounters.run(seq, account.used_bytes + incomingBytes, account.key)
      }
      return { kind: 'stored', acks: ops.map((op) => ({ id: op.id, seq: seqs.get(op.id) ?? 0 })) }
    },
  )

  const pageOf = (account: AccountRow, after: number, limit: number): ReadResult => {
    if (after < account.pruned_through) {
      return { kind: 'pruned', snapshotUptoSeq: account.pruned_through }
    }
    if (after > account.last_seq) return { kind: 'ahead', lastSeq: account.last_seq }
    const ops = readOps
      .all(account.key, after, limit)
      .map((row): StoredOp => ({ id: row.op_id, seq: row.seq, iv: row.iv, ct: row.ct }))
    return { kind: 'ops', ops, lastSeq: account.last_seq }
  }

  const read = db.transaction((accountId: string, after: number, limit: number): AccountOps => {
    const account = findAccount.get(accountId)
    if (!account) return { account: null, result: { kind: 'no-account' } }
    return { account: toAccount(account), result: pageOf(account, after, limit) }
  })

  const snapshot = db.transaction(
    (accountId: string, next: Snapshot, maxBytes: number): SnapshotResult => {
      const account = findAccount.get(accountId)
      if (!account) return { kind: 'no-account' }
      if (next.uptoSeq > account.last_seq) return { kind: 'beyond-last', lastSeq: account.last_seq }
      const current = snapshotInfo.get(account.key)
      if (current && next.uptoSeq < current.upto_seq) {
        return { kind: 'older', snapshotUptoSeq: current.upto_seq }
      }
      const freed =
        (current?.size ?? 0) + (liveBytesUpTo.get(account.key, next.uptoSeq)?.bytes ?? 0)
      const usedBytes = account.used_bytes - freed + next.ct.length
      if (usedBytes > maxBytes) {
        return {
          kind: 'full',
          usedBytes: account.used_bytes - freed,
          incomingBytes: next.ct.length,
        }
      }
      upsertSnapshot.run(account.key, next.uptoSeq, next.iv, next.ct)
      pruneOps.run(account.key, next.uptoSeq)
      setPruned.run(Math.max(account.pruned_through, next.uptoSeq), usedBytes, account.key)
      return { kind: 'stored' }
    },
  )

  const remove = db.transaction((accountId: string, day: Day): boolean => {
    const account = findAccount.get(accountId)
    if (!account) return false
    deleteAccount.run(accountId)
    recordDeletion.run(accountId, account.token_hash, day)
    return true
  })

  const create = db.transaction((accountId: string, tokenHash: Buffer, day: Day): boolean => {
    const made = insertAccount.run(accountId, tokenHash, day, day).changes === 1
    if (made) forgetDeletion.run(accountId)
    return made
  })

  const expire = db.transaction((cutoffs: ExpiryCutoffs) => ({
    accounts: expireAccounts.run(cutoffs.unusedBefore).changes,
    deletionRecords: expireDeletions.run(cutoffs.deletedBefore).changes,
  }))

  return {
    async findAccount(accountId) {
      const row = findAccount.get(accountId)
      return row ? toAccount(row) : null
    },
    async createAccount(accountId, tokenHash, day) {
      return create.immediate(accountId, tokenHash, day)
    },
    async touchAccount(accountId, day) {
      touch.run(day, accountId, day)
    },
    async appendOps(accountId, ops, { day, maxAccountBytes }) {
      try {
        return append.immediate(accountId, ops, day, maxAccountBytes)
      } catch (error) {
        if (!(error instanceof AccountFull)) throw error
        return { kind: 'full', usedBytes: error.usedBytes, incomingBytes: error.incomingBytes }
      }
    },
    async readOps(accountId, after, limit) {
      return read.deferred(accountId, after, limit).result
    },
    async readOpsAndAccount(accountId, after, limit) {
      return read.deferred(accountId, after, limit)
    },
    async putSnapshot(accountId, next, { maxAccountBytes }) {
      return snapshot.immediate(accountId, next, maxAccountBytes)
    },
    async getSnapshot(accountId) {
      const row = getSnapshot.get(accountId)
      return row ? { uptoSeq: row.upto_seq, iv: row.iv, ct: row.ct } : null
    },
    async deleteAccount(accountId, day) {
      const removed = remove.immediate(accountId, day)
      // The write-ahead log still holds the pages as they were before: fold it into the database
      // (where secure_delete has zeroed them) and empty it, so the deleted data is gone now.
      if (removed) db.pragma('wal_checkpoint(TRUNCATE)')
      return removed
    },
    async findDeletedAccount(accountId) {
      return findDeletion.get(accountId)?.token_hash ?? null
    },
    async deleteExpired(cutoffs) {
      const removed = expire.immediate(cutoffs)
      if (removed.accounts > 0) db.pragma('wal_checkpoint(TRUNCATE)')
      return removed
    },
  }
}
