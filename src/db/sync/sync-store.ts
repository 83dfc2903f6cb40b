/* eslint-disable lingui/no-unlocalized-strings -- error names and errors for the log; people see sync's own words */
import { db } from '../database.ts'
import { readLockRecord } from '../lock/lock-record.ts'
import { currentRowLock, stillSameLock, type RowLock } from '../lock/row-lock.ts'
import { keyOf, sameStored, storedTable, toStored } from '../personal-rows.ts'
import type { HarbourDatabase } from '../schema.ts'
import { openRow, PERSONAL_TABLES, type PersonalTable, type StoredRow } from '../sealing.ts'
import { openBase, sealBase } from './base-sealing.ts'
import { leaveUntracked } from './change-tracking.ts'
import { isMadeEverywhere, keptWordsEntry, keptWordsId, keptWordsRow } from './kept-words.ts'
import {
  afterSent,
  keyOfRecord,
  localChange,
  mergeRemote,
  type BaseEntry,
  type RecordChange,
  type Superseded,
} from './merge.ts'
import { fromFields, isKnownTable, toFields, type Fields } from './record-fields.ts'
import type { BaseRow, OutboxRow, SetAsideRow, SyncProgressRow, SyncStateRow } from './sync-rows.ts'

/*
 * Everything sync reads and writes on the device. Like every other write here, crypto (opening
 * records and synced states) runs outside transactions, and the transaction that writes checks
 * that nothing it was worked out from changed meanwhile (another tab); if something did, the work
 * is done again.
 */

const MAX_ATTEMPTS = 5
const PROGRESS_ID = 'progress'

export class SyncChangedElsewhereError extends Error {
  override readonly name = 'SyncChangedElsewhereError'
}

/** Sync was turned off (or everything deleted) while a sync was under way. */
export class SyncTurnedOffError extends Error {
  override readonly name = 'SyncTurnedOffError'
}

function syncScope(database: HarbourDatabase) {
  return [
    database.meta,
    database.syncOutbox,
    database.syncBase,
    database.syncSent,
    database.syncSetAside,
    database.syncState,
    ...PERSONAL_TABLES.map((table) => storedTable(database, table)),
  ]
}

export async function readProgress(): Promise<SyncProgressRow> {
  const row = await db().syncState.get(PROGRESS_ID)
  return row && 'cursor' in row ? row : { id: PROGRESS_ID, cursor: 0, snapshotSeq: 0 }
}

/** How many records wait to be sent; for the status line. */
export function countWaiting(): Promise<number> {
  return db().syncOutbox.count()
}

function putProgress(database: HarbourDatabase, progress: SyncProgressRow): Promise<unknown> {
  return database.syncState.put(progress as SyncStateRow)
}

function splitKey(key: string): { table: string; id: string } {
  const at = key.indexOf('|')
  return { table: key.slice(0, at), id: key.slice(at + 1) }
}

interface RecordState {
  stored: StoredRow<PersonalTable> | undefined
  base: BaseRow | undefined
  marker: OutboxRow | undefined
}

async function readStates(database: HarbourDatabase, keys: string[]): Promise<RecordState[]> {
  const [bases, markers] = await Promise.all([
    database.syncBase.bulkGet(keys),
    database.syncOutbox.bulkGet(keys),
  ])
  // One bulk read per table rather than one read per record.
  const stored = new Map<string, StoredRow<PersonalTable> | undefined>()
  const byTable = new Map<PersonalTable, string[]>()
  for (const key of keys) {
    const { table, id } = splitKey(key)
    if (isKnownTable(table)) byTable.set(table, [...(byTable.get(table) ?? []), id])
  }
  await Promise.all(
    [...byTable].map(async ([table, ids]) => {
      const rows = await storedTable(database, table).bulkGet(ids)
      ids.forEach((id, index) => stored.set(keyOfRecord(table, id), rows[index]))
    }),
  )
  return keys.map((key, index) => ({
    stored: stored.get(key),
    base: bases[index],
    marker: markers[index],
  }))
}

async function openFields(
  key: string,
  state: RecordState,
  lock: RowLock,
): Promise<Fields | undefined> {
  if (state.stored === undefined) return undefined
  const { table, id } = splitKey(key)
  if (!isKnownTable(table)) return undefined
  const row = await openRow(table, state.stored, keyOf(lock))
  return toFields(table, { ...row, id } as Record<string, unknown>)
}

/** A record changed here, ready to send: what to send, and the synced state once it is sent. */
export interface OutgoingChange {
  marker: OutboxRow
  change: RecordChange
  sent: BaseRow
}

export interface OutgoingBatch {
  changes: OutgoingChange[]
  /** Marked records that turned out to differ in nothing from what was synced. */
  unchanged: OutboxRow[]
}

/** The next records changed here, worked out against what was synced. */
export async function readOutgoing(encKey: CryptoKey, limit: number): Promise<OutgoingBatch> {
  const database = db()
  const { lock, markers, states } = await database.transaction(
    'r',
    syncScope(database),
    async () => {
      const markers = await database.syncOutbox.limit(limit).toArray()
      return {
        lock: await currentRowLock(database),
        markers,
        states: await readStates(
          database,
          markers.map((marker) => marker.key),
        ),
      }
    },
  )
  const batch: OutgoingBatch = { changes: [], unchanged: [] }
  for (const [index, marker] of markers.entries()) {
    const state = states[index] as RecordState
    const entry = state.base ? await openBase(encKey, state.base) : undefined
    const fields = await openFields(marker.key, state, lock)
    const change = localChange(marker.table, marker.id, entry, fields, marker.at)
    if (change === undefined) batch.unchanged.push(marker)
    else
      batch.changes.push({
        marker,
        change,
        sent: await sealBase(encKey, marker.key, afterSent(entry, change)),
      })
  }
  return batch
}

/**
 * The server has these changes (acks give each one's sequence number): store their synced
 * states, note the numbers so they are not applied again when pulled, and clear each outbox mark
 * unless the record changed again meanwhile.
 */
export async function markSent(batch: OutgoingBatch, seqs: number[]): Promise<void> {
  const database = db()
  await database.transaction('rw', syncScope(database), async () => {
    leaveUntracked()
    if (!(await database.syncState.get('key'))) throw new SyncTurnedOffError()
    const done = [...batch.changes.map((each) => each.marker), ...batch.unchanged]
    const current = await database.syncOutbox.bulkGet(done.map((marker) => marker.key))
    const cleared = done.filter((marker, index) => current[index]?.at === marker.at)
    await database.syncOutbox.bulkDelete(cleared.map((marker) => marker.key))
    await database.syncBase.bulkPut(batch.changes.map((each) => each.sent))
    await database.syncSent.bulkPut(seqs.map((seq) => ({ seq })))
  })
}

export interface IncomingOp {
  id: string
  seq: number
  iv: string
  ct: string
}

export interface OpenedOp {
  seq: number
  change: RecordChange
}

/**
 * Applies changes from other devices and moves the cursor to `cursor`, in one transaction: the
 * cursor never moves past a change that was not stored (a full disk leaves both as they were).
 * Ops that could not be opened are set aside in the same transaction.
 */
export async function applyIncoming(
  encKey: CryptoKey,
  opened: OpenedOp[],
  setAside: SetAsideRow[],
  cursor: number,
  snapshotSeq?: number,
): Promise<void> {
  const database = db()
  const ordered = [...opened].sort((a, b) => a.seq - b.seq)
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const before = await database.transaction('r', syncScope(database), async () => {
      const sent = await database.syncSent.bulkGet(ordered.map((op) => op.seq))
      const mine = new Set(sent.flatMap((row) => (row ? [row.seq] : [])))
      const changes = ordered.filter((op) => !mine.has(op.seq)).map((op) => op.change)
      const keys = [...new Set(changes.map((change) => keyOfRecord(change.t, change.i)))]
      return {
        lock: await currentRowLock(database),
        progress: await readProgress(),
        syncKey: await database.syncState.get('key'),
        changes,
        keys,
        states: await readStates(database, keys),
      }
    })
    const plan = await planIncoming(encKey, before.lock, before.changes, before.keys, before.states)
    const written = await database.transaction('rw', syncScope(database), async () => {
      leaveUntracked()
      if (!stillSameLock(await readLockRecord(database), before.lock)) return false
      if (!sameStored(await readProgress(), before.progress)) return false
      // Sync turned off, or everything deleted, meanwhile: nothing is stored.
      const syncKey = await database.syncState.get('key')
      if (!syncKey || !sameStored(syncKey, before.syncKey)) throw new SyncTurnedOffError()
      // Only sync writes synced states, and one sync runs at a time; every other change to a
      // record writes its outbox mark. So unchanged marks mean unchanged records.
      const marks = await database.syncOutbox.bulkGet(before.keys)
      if (
        !sameStored(
          marks,
          before.states.map((state) => state.marker),
        )
      )
        return false
      const keptKeys = plan.kept.map((each) => keyOfRecord('toolEntries', each.stored.id))
      const keptExisting = await database.syncBase.bulkGet(keptKeys)
      const keptHere = await database.toolEntries.bulkGet(plan.kept.map((each) => each.stored.id))
      for (const table of PERSONAL_TABLES) {
        const writes = plan.rows.filter((write) => write.table === table)
        if (writes.length === 0) continue
        const gone = writes.filter((write) => write.stored === undefined).map((write) => write.id)
        const kept = writes.flatMap((write) => (write.stored ? [write.stored] : []))
        if (gone.length > 0) await storedTable(database, table).bulkDelete(gone)
        if (kept.length > 0) await storedTable(database, table).bulkPut(kept)
      }
      await database.syncBase.bulkPut(plan.bases)
      for (const [index, kept] of plan.kept.entries()) {
        // Made already (here, or arrived from elsewhere): leave it, deleted or not.
        if (keptExisting[index] || keptHere[index]) continue
        await database.toolEntries.put(kept.stored)
        if (kept.base) await database.syncBase.put(kept.base)
        else {
          // This device's own words: sent to the others as a new record.
          const id = kept.stored.id
          await database.syncOutbox.put({
            key: keyOfRecord('toolEntries', id),
            table: 'toolEntries',
            id,
            at: database.clock.stamp(),
          })
        }
      }
      if (plan.unkept.length > 0) {
        await database.toolEntries.bulkDelete(plan.unkept)
        await database.syncBase.bulkDelete(plan.unkept.map((id) => keyOfRecord('toolEntries', id)))
      }
      if (setAside.length > 0) await database.syncSetAside.bulkPut(setAside)
      await database.syncSent.where('seq').belowOrEqual(cursor).delete()
      await putProgress(database, {
        ...before.progress,
        cursor: Math.max(before.progress.cursor, cursor),
        snapshotSeq: Math.max(before.progress.snapshotSeq, snapshotSeq ?? 0),
      })
      return true
    })
    if (written) return
  }
  throw new SyncChangedElsewhereError('Records kept changing while sync applied changes')
}

interface IncomingPlan {
  rows: { table: PersonalTable; id: string; stored: StoredRow<PersonalTable> | undefined }[]
  bases: BaseRow[]
  kept: { stored: StoredRow<'toolEntries'>; base: BaseRow | undefined }[]
  /** Copies kept of words that, it turns out, were replaced knowingly. */
  unkept: string[]
}

async function planIncoming(
  encKey: CryptoKey,
  lock: RowLock,
  changes: RecordChange[],
  keys: string[],
  states: RecordState[],
): Promise<IncomingPlan> {
  const entries = new Map<string, BaseEntry | undefined>()
  const rows = new Map<string, Fields | undefined>()
  const pendingAt = new Map<string, string | undefined>()
  const opened = await Promise.all(
    keys.map(async (key, index) => {
      const state = states[index] as RecordState
      return Promise.all([
        state.base ? openBase(encKey, state.base) : undefined,
        openFields(key, state, lock),
      ])
    }),
  )
  for (const [index, key] of keys.entries()) {
    const [entry, fields] = opened[index] ?? []
    entries.set(key, entry)
    rows.set(key, fields)
    pendingAt.set(key, states[index]?.marker?.at)
  }
  const before = new Map(keys.map((key) => [key, rows.get(key)]))
  const kept = []
  const superseded = []
  for (const change of changes) {
    const key = keyOfRecord(change.t, change.i)
    const merged = mergeRemote(
      entries.get(key),
      { row: rows.get(key), pendingAt: pendingAt.get(key) },
      change,
    )
    entries.set(key, merged.entry)
    rows.set(key, merged.row)
    kept.push(...merged.kept)
    superseded.push(...merged.superseded)
  }
  const plan: IncomingPlan = { rows: [], bases: [], kept: [], unkept: [] }
  plan.bases = await Promise.all(
    keys.map((key) => sealBase(encKey, key, entries.get(key) as BaseEntry)),
  )
  const rowWrites = await Promise.all(
    keys.map(async (key) => {
      const { table, id } = splitKey(key)
      const fields = rows.get(key)
      if (!isKnownTable(table) || sameStored(fields, before.get(key))) return undefined
      const stored =
        fields === undefined
          ? undefined
          : await toStored(lock, table, fromFields(table, id, fields) as never)
      return { table, id, stored }
    }),
  )
  plan.rows = rowWrites.filter((write) => write !== undefined)
  const unkept = await takenBack(encKey, superseded)
  for (const words of kept) {
    const id = await keptWordsId(words)
    if (unkept.ids.has(id) && !words.fromHere) continue
    const row = keptWordsRow(id, words)
    plan.kept.push({
      stored: await toStored(lock, 'toolEntries', row),
      base: words.fromHere
        ? undefined
        : await sealBase(encKey, keyOfRecord('toolEntries', id), keptWordsEntry(row, words)),
    })
  }
  plan.unkept = unkept.stored
  return plan
}

/**
 * Words now known to have been replaced knowingly: the ids of their copies (so none is made in
 * this batch), and those of copies made everywhere that are stored here (to take back). Copies
 * that were sent stay.
 */
async function takenBack(
  encKey: CryptoKey,
  superseded: Superseded[],
): Promise<{ ids: Set<string>; stored: string[] }> {
  const ids = [...new Set(await Promise.all(superseded.map((each) => keptWordsId(each))))]
  const bases = await db().syncBase.bulkGet(ids.map((id) => keyOfRecord('toolEntries', id)))
  const stored: string[] = []
  for (const [index, id] of ids.entries()) {
    const base = bases[index]
    if (base && isMadeEverywhere(await openBase(encKey, base))) stored.push(id)
  }
  return { ids: new Set(ids), stored }
}

/** Every synced state, for a snapshot. */
export async function readAllBases(encKey: CryptoKey): Promise<BaseEntry[]> {
  const rows = await db().syncBase.toArray()
  return Promise.all(rows.map((row) => openBase(encKey, row)))
}

export async function noteSnapshot(snapshotSeq: number): Promise<void> {
  const database = db()
  await database.transaction('rw', database.syncState, async () => {
    const progress = await readProgress()
    await putProgress(database, {
      ...progress,
      snapshotSeq: Math.max(progress.snapshotSeq, snapshotSeq),
    })
  })
}

export async function noteSynced(at: Date): Promise<void> {
  const database = db()
  await database.transaction('rw', database.syncState, async () => {
    await putProgress(database, { ...(await readProgress()), lastSyncedAt: at.toISOString() })
  })
}

/**
 * Marks every record on this device to be sent: when sync is turned on, and when the server has
 * lost what it had (the account was deleted and made again).
 */
export async function markEverythingToSend(): Promise<void> {
  const database = db()
  await database.transaction('rw', syncScope(database), async () => {
    leaveUntracked()
    const at = database.clock.stamp()
    for (const table of PERSONAL_TABLES) {
      const ids = await storedTable(database, table).toCollection().primaryKeys()
      await database.syncOutbox.bulkPut(
        ids.map((id) => ({ key: keyOfRecord(table, id), table, id, at })),
      )
    }
  })
}

/** Starts sync afresh against an empty server: nothing counts as synced, everything is sent. */
export async function forgetSyncedState(): Promise<void> {
  const database = db()
  await database.transaction('rw', syncScope(database), async () => {
    leaveUntracked()
    await Promise.all([
      database.syncBase.clear(),
      database.syncSent.clear(),
      database.syncState.delete(PROGRESS_ID),
    ])
  })
  await markEverythingToSend()
}

export function countSetAside(): Promise<number> {
  return db().syncSetAside.count()
}
