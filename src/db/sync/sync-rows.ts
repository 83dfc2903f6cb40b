import type { Envelope } from '../../lib/crypto/envelope.ts'
import type { Stamp } from './stamps.ts'

/** The tables sync keeps beside the personal ones (schema version 3). */

/**
 * A record changed on this device since it was last sent: written in the same transaction as the
 * change, so no change can be made without it. Only the table, id and time are in it, which a
 * sealed record shows too; what changed is worked out when it is sent.
 */
export interface OutboxRow {
  key: string
  table: string
  id: string
  at: Stamp
}

/** A record's synced state (a BaseEntry), sealed with the sync key, by record key. */
export interface BaseRow {
  key: string
  sealed: Envelope
}

/** The sequence number of an op this device sent, so it is not applied again when pulled. */
export interface SentRow {
  seq: number
}

/** An op that could not be opened or read: kept as it came, never applied, never dropped. */
export interface SetAsideRow {
  id: string
  seq: number
  iv: string
  ct: string
  reason: 'could-not-open' | 'not-a-change'
  at: string
}

/** The recovery key: plain while the passcode lock is off, sealed with its key while it is on. */
export type SyncKeyRow = { id: 'key'; recoveryKey: string } | { id: 'key'; sealed: Envelope }

export interface SyncProgressRow {
  id: 'progress'
  /** Every op up to this sequence number has been applied here. */
  cursor: number
  /** The newest snapshot this device has seen or written. */
  snapshotSeq: number
  lastSyncedAt?: string
}

export type SyncStateRow = SyncKeyRow | SyncProgressRow
