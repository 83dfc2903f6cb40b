import { fromFields, sameValue, writtenWords, type Fields } from './record-fields.ts'
import type { Stamp } from './stamps.ts'

/*
 * How changes from other devices meet this device's own. Pure functions: the sync store reads
 * and writes, these decide. The rules (ADR 0007):
 * - Each field is last-writer-wins by stamp.
 * - A change carries, per field, the stamp of the value it replaced (`p`). If a change replaced
 *   exactly what the other side had, one saw the other and nothing conflicts. Otherwise they were
 *   made without knowing of each other: the later stamp still wins, and if the losing value was
 *   words a person wrote, those words are kept as a copy beside the record.
 * - A deletion records which field stamps it saw. An edit it did not see brings the record back.
 */

export interface FieldState {
  /** The value; null when the field is absent. */
  v: unknown
  s: Stamp
  /** The stamp of the value this one replaced, when there was one. */
  p?: Stamp
}

export interface Deletion {
  /** True: deleted. (False is never written now, but is read as "not deleted".) */
  v: boolean
  s: Stamp
  /** The stamp of each field the deleting device had when it deleted. */
  seen: Record<string, Stamp>
}

/** What one op carries: the record, and the fields that changed. */
export interface RecordChange {
  t: string
  i: string
  f: Record<string, FieldState>
  d?: Deletion
}

/**
 * What this device knows the synced state of a record to be: every field with its stamp, its
 * deletion, and for fields changed here but not yet sent, the stamp the change replaced.
 */
export interface BaseEntry {
  t: string
  i: string
  f: Record<string, FieldState>
  d?: Deletion
  /** Pending prior stamps: what a not-yet-sent local change replaced, kept while others arrive. */
  pp?: Record<string, Stamp>
}

/** Words that lost a conflict, to be kept beside their record. */
export interface KeptWords {
  table: string
  recordId: string
  field: string
  text: string
  /** The stamp of the losing value: with the record and field, it names the copy everywhere. */
  stamp: Stamp
  /**
   * True when the conflict was with a change made here and not yet sent: other devices may never
   * meet it, so the copy is sent like any new record (and is then never taken back). Otherwise
   * every device meets the same conflict and makes the same copy itself.
   */
  fromHere: boolean
}

/** A value someone replaced knowingly: a copy kept of it while it seemed to lose is not needed. */
export interface Superseded {
  table: string
  recordId: string
  field: string
  stamp: Stamp
}

export function keyOfRecord(table: string, id: string): string {
  return `${table}|${id}`
}

export function isDeleted(entry: BaseEntry): boolean {
  const deletion = entry.d
  if (!deletion?.v) return false
  return Object.entries(entry.f).every(([field, state]) => state.s <= (deletion.seen[field] ?? ''))
}

function stampsOf(entry: BaseEntry): Record<string, Stamp> {
  return Object.fromEntries(Object.entries(entry.f).map(([field, state]) => [field, state.s]))
}

/**
 * The change to send for a record changed on this device at `at`: the fields that differ from
 * what was last synced, or its deletion. Undefined when nothing differs.
 */
export function localChange(
  table: string,
  id: string,
  entry: BaseEntry | undefined,
  row: Fields | undefined,
  at: Stamp,
): RecordChange | undefined {
  if (row === undefined) {
    if (!entry || isDeleted(entry)) return undefined
    // What this device had merged when the record was deleted here: changes from elsewhere
    // that arrived before the deletion count as seen, even where an unsent edit here beat them.
    return { t: table, i: id, f: {}, d: { v: true, s: at, seen: stampsOf(entry) } }
  }
  // Brought back on this device (a backup put it back): every field is written anew, so the
  // record is visible everywhere again.
  const revive = entry !== undefined && isDeleted(entry)
  const changed: Record<string, FieldState> = {}
  for (const field of new Set([...Object.keys(row), ...Object.keys(entry?.f ?? {})])) {
    const value = row[field] ?? null
    const synced = entry?.f[field]
    if (synced === undefined && value === null) continue
    if (!revive && synced !== undefined && sameValue(value, synced.v)) continue
    const replaced = entry?.pp?.[field] ?? synced?.s
    changed[field] = replaced === undefined ? { v: value, s: at } : { v: value, s: at, p: replaced }
  }
  return Object.keys(changed).length > 0 ? { t: table, i: id, f: changed } : undefined
}

/** The synced state once the server has accepted a change sent from here. */
export function afterSent(entry: BaseEntry | undefined, change: RecordChange): BaseEntry {
  const next: BaseEntry = { t: change.t, i: change.i, f: { ...entry?.f } }
  if (entry?.d) next.d = entry.d
  const pending = { ...entry?.pp }
  for (const [field, state] of Object.entries(change.f)) {
    const current = next.f[field]
    if (current === undefined || state.s > current.s) next.f[field] = state
    delete pending[field]
  }
  if (change.d && (!next.d || change.d.s > next.d.s)) next.d = change.d
  if (change.d) for (const field of Object.keys(change.d.seen)) delete pending[field]
  if (Object.keys(pending).length > 0) next.pp = pending
  return next
}

export interface LocalRecord {
  /** The record's fields as they are on this device; undefined when it is not here. */
  row: Fields | undefined
  /** When the record was last changed here without being sent yet. */
  pendingAt: Stamp | undefined
}

export interface Merged {
  entry: BaseEntry
  /** The record's fields as they should now be on this device; undefined: not here. */
  row: Fields | undefined
  kept: KeptWords[]
  superseded: Superseded[]
}

function pendingFields(entry: BaseEntry | undefined, local: LocalRecord): Set<string> {
  const pending = new Set<string>()
  if (local.pendingAt === undefined || local.row === undefined) return pending
  const names = new Set([...Object.keys(local.row), ...Object.keys(entry?.f ?? {})])
  for (const field of names) {
    if (!sameValue(local.row[field] ?? null, entry?.f[field]?.v ?? null)) pending.add(field)
  }
  if (entry && isDeleted(entry)) for (const field of names) pending.add(field)
  return pending
}

/** Applies a change from another device to this device's state of one record. */
export function mergeRemote(
  entry: BaseEntry | undefined,
  local: LocalRecord,
  change: RecordChange,
): Merged {
  const next: BaseEntry = { t: change.t, i: change.i, f: { ...entry?.f } }
  if (entry?.d) next.d = entry.d
  const pending: Record<string, Stamp> = { ...entry?.pp }
  const row = local.row === undefined ? undefined : { ...local.row }
  const pendingHere = pendingFields(entry, local)
  const deletedHere =
    local.row === undefined &&
    local.pendingAt !== undefined &&
    entry !== undefined &&
    !isDeleted(entry)
  const kept: KeptWords[] = []
  const superseded: Superseded[] = []

  for (const [field, incoming] of Object.entries(change.f)) {
    // Whoever wrote this had seen the value it replaced: if that value was kept as a copy here
    // (it seemed to lose a conflict), the copy goes, as it never appears on devices that saw the
    // two changes the other way round.
    if (incoming.p !== undefined) {
      superseded.push({ table: change.t, recordId: change.i, field, stamp: incoming.p })
    }
    const synced = next.f[field]
    const mine: FieldState | undefined = pendingHere.has(field)
      ? { v: row?.[field] ?? null, s: local.pendingAt as Stamp, p: pending[field] ?? synced?.s }
      : synced
    if (mine === undefined) {
      next.f[field] = incoming
      if (row) row[field] = incoming.v
      continue
    }
    if (incoming.s === mine.s) {
      // This device's own change coming back, or a change delivered twice.
      next.f[field] = incoming
      continue
    }
    const sawMine = incoming.p === mine.s
    const mineSawIt = mine.p === incoming.s
    const incomingWins = sawMine || (!mineSawIt && incoming.s > mine.s)
    if (!sawMine && !mineSawIt) {
      const [loser, winner] = incomingWins ? [mine, incoming] : [incoming, mine]
      const text = writtenWords(change.t, field, loser.v)
      if (text !== undefined && !sameValue(loser.v, winner.v)) {
        kept.push({
          table: change.t,
          recordId: change.i,
          field,
          text,
          stamp: loser.s,
          // A conflict with an unsent change here is one other devices may never see (the
          // change may be edited again or deleted before it is sent): the copy is sent.
          fromHere: pendingHere.has(field),
        })
      }
    }
    if (incomingWins) {
      next.f[field] = incoming
      delete pending[field]
      if (row) row[field] = incoming.v
    } else if (pendingHere.has(field) || deletedHere) {
      // This device's unsent change wins; remember what it replaced, for when it is sent.
      if (pending[field] === undefined && synced !== undefined) pending[field] = synced.s
      if (synced === undefined || incoming.s > synced.s) next.f[field] = incoming
    }
  }
  if (change.d && (!next.d || change.d.s > next.d.s)) next.d = change.d
  if (Object.keys(pending).length > 0) next.pp = pending

  return { entry: next, row: settle(next, row, pendingHere, deletedHere, change), kept, superseded }
}

/** Whether the record is on this device after a merge, and with which fields. */
function settle(
  entry: BaseEntry,
  row: Fields | undefined,
  pendingHere: Set<string>,
  deletedHere: boolean,
  change: RecordChange,
): Fields | undefined {
  const visible = !isDeleted(entry) && Object.keys(entry.f).length > 0
  if (deletedHere) {
    // Deleted here, not yet sent. An edit from elsewhere that this deletion never saw brings the
    // record back; otherwise it stays deleted and the deletion is sent next.
    const editedElsewhere = Object.keys(change.f).length > 0
    return editedElsewhere && visible ? currentFields(entry) : undefined
  }
  if (!visible) return pendingHere.size > 0 ? row : undefined
  return row ?? currentFields(entry)
}

function currentFields(entry: BaseEntry): Fields {
  return Object.fromEntries(Object.entries(entry.f).map(([field, state]) => [field, state.v]))
}

/** The record as stored from its fields (for the sync store, which knows the tables). */
export function rowFrom(entry: BaseEntry, fields: Fields): Record<string, unknown> {
  return fromFields(entry.t, entry.i, fields)
}
