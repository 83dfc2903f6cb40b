/**
 * What the server needs from persistent storage. One implementation per database (SQLite by
 * default, PostgreSQL when DATABASE_URL is set), both held to the same contract suite
 * (store-contract.ts). Everything here is about opaque ids and ciphertext: the store never sees
 * what a person wrote.
 */
export interface Store extends SyncStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>
  /** Releases the connection. Safe to call more than once. */
  close(): Promise<void>
}

/** A calendar day in UTC, `YYYY-MM-DD`: the only kind of time the store keeps. */
export type Day = string

export interface Account {
  /** SHA-256 of the account's bearer token; the token itself is never stored. */
  tokenHash: Buffer
  /** The last sequence number handed out, 0 before the first op. */
  lastSeq: number
  /** Ops up to here were folded into the snapshot and their ciphertext removed; 0 for none. */
  prunedThrough: number
  /** Ciphertext bytes held: live ops plus the snapshot. */
  usedBytes: number
  lastUsedDay: Day
}

/** An op as a client sends it; the server cannot read `ct`. */
export interface NewOp {
  id: string
  iv: Buffer
  ct: Buffer
}

export interface StoredOp extends NewOp {
  seq: number
}

export interface Ack {
  id: string
  seq: number
}

export interface Snapshot {
  uptoSeq: number
  iv: Buffer
  ct: Buffer
}

export type AppendResult =
  | { kind: 'stored'; acks: Ack[] }
  /** Storing the new ops would take the account past `maxAccountBytes`; nothing was stored. */
  | { kind: 'full'; usedBytes: number; incomingBytes: number }
  | { kind: 'no-account' }

export type ReadResult =
  /** `lastSeq` is read in the same snapshot of the database as `ops`. */
  | { kind: 'ops'; ops: StoredOp[]; lastSeq: number }
  /** Ops after `after` were folded into the snapshot: restore from it, then read after it. */
  | { kind: 'pruned'; snapshotUptoSeq: number }
  /** The reader is ahead of the account: it was deleted and made again since the reader's time. */
  | { kind: 'ahead'; lastSeq: number }
  | { kind: 'no-account' }

export interface AccountOps {
  account: Account | null
  result: ReadResult
}

export type SnapshotResult =
  | { kind: 'stored' }
  | { kind: 'beyond-last'; lastSeq: number }
  | { kind: 'older'; snapshotUptoSeq: number }
  | { kind: 'full'; usedBytes: number; incomingBytes: number }
  | { kind: 'no-account' }

export interface ExpiryCutoffs {
  /** Accounts last used before this day are deleted with everything they hold. */
  unusedBefore: Day
  /** Deletion records (kept so a repeated DELETE still answers 204) older than this go. */
  deletedBefore: Day
}

export interface SyncStore {
  findAccount(accountId: string): Promise<Account | null>
  /**
   * Makes the account unless it exists. Resolves true when this call made it; false when it
   * already existed (also when another request made it a moment before).
   */
  createAccount(accountId: string, tokenHash: Buffer, day: Day): Promise<boolean>
  /** Marks the account used on `day`; a no-op when it already was. */
  touchAccount(accountId: string, day: Day): Promise<void>
  /**
   * Stores the ops whose ids the account has not seen, numbered from the account's counter in
   * the same transaction, in the order given. Ids seen before (also earlier in the same batch)
   * are acknowledged with their original sequence number and not stored again.
   */
  appendOps(
    accountId: string,
    ops: readonly NewOp[],
    options: { day: Day; maxAccountBytes: number },
  ): Promise<AppendResult>
  /** Up to `limit` ops with a sequence number above `after`, in order, without gaps. */
  readOps(accountId: string, after: number, limit: number): Promise<ReadResult>
  /**
   * `readOps` and the account itself, read together (one statement on PostgreSQL, where each
   * statement is a round trip). For a caller that checks the account's token before it uses
   * `result`; `account` is null exactly when `result` is `no-account`.
   */
  readOpsAndAccount(accountId: string, after: number, limit: number): Promise<AccountOps>
  /** Replaces the snapshot and removes the ciphertext of every op up to `uptoSeq`. */
  putSnapshot(
    accountId: string,
    snapshot: Snapshot,
    options: { maxAccountBytes: number },
  ): Promise<SnapshotResult>
  getSnapshot(accountId: string): Promise<Snapshot | null>
  /**
   * Removes the account and everything it holds, keeping only a deletion record (its id, token
   * hash and the day) so that a repeated DELETE can be answered. Resolves false when there was no
   * account.
   */
  deleteAccount(accountId: string, day: Day): Promise<boolean>
  /** The token hash of a deleted account's record, or null. */
  findDeletedAccount(accountId: string): Promise<Buffer | null>
  /** Removes expired accounts and old deletion records; resolves how many of each. */
  deleteExpired(cutoffs: ExpiryCutoffs): Promise<{ accounts: number; deletionRecords: number }>
}

/** A store that could not be opened, with a message meant for the person running the server. */
export class StoreError extends Error {
  override name = 'StoreError'
}
