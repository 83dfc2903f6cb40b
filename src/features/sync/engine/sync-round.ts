/* eslint-disable lingui/no-unlocalized-strings -- errors for the log; people see the sync problem words */
import { db } from '../../../db/database.ts'
import type { RecordChange } from '../../../db/sync/merge.ts'
import {
  applyIncoming,
  forgetSyncedState,
  markSent,
  noteSnapshot,
  noteSynced,
  readAllBases,
  readOutgoing,
  readProgress,
  type OpenedOp,
} from '../../../db/sync/sync-store.ts'
import type { SetAsideRow } from '../../../db/sync/sync-rows.ts'
import { readChange, readSnapshotEntries } from './change-shape.ts'
import { opAdditionalData, openPadded, sealPadded, snapshotAdditionalData } from './op-sealing.ts'
import {
  SyncAnswerError,
  SyncHttpError,
  type PullAnswer,
  type PulledOp,
  type SyncApi,
} from './sync-api.ts'
import { opIdFor, type SyncKeys } from './sync-keys.ts'

/** The most the API takes or gives at once. */
export const PAGE = 200
/** How many of a snapshot's records are applied in one transaction. */
const SNAPSHOT_PART = 1_000
/** A device that is up to date writes a snapshot after this many changes since the last one. */
export const SNAPSHOT_EVERY = 1_000

export interface RoundOptions {
  keys: SyncKeys
  api: SyncApi
  now?: () => Date
  /** How many changes since the last snapshot make a new one (SNAPSHOT_EVERY; tests use fewer). */
  snapshotEvery?: number
}

/**
 * One full sync: send everything waiting, then take in everything new, then (now and then) leave a
 * snapshot so a new device can catch up in one step. Every step can be cut off at any point
 * (a lost answer, a closed tab) and simply run again: op ids are fixed by the change, so a resend
 * is stored once, and the cursor only moves in the transaction that stores what it covers.
 */
export async function runSyncRound(options: RoundOptions): Promise<void> {
  await pushAll(options)
  const restarted = await pullAll(options)
  // The server had lost everything (the account was deleted and made again): send it all again.
  if (restarted) {
    await pushAll(options)
    await pullAll(options)
  }
  await maybeSnapshot(options)
  await noteSynced((options.now ?? (() => new Date()))())
}

function observe(time: number): void {
  db().clock.observe(time)
}

async function pushAll({ keys, api }: RoundOptions): Promise<void> {
  for (;;) {
    const batch = await readOutgoing(keys.encKey, PAGE)
    if (batch.changes.length === 0 && batch.unchanged.length === 0) return
    let seqs: number[] = []
    if (batch.changes.length > 0) {
      const ops = await Promise.all(
        batch.changes.map(async ({ marker, change }) => {
          const id = await opIdFor(keys, marker.key, marker.at)
          return {
            id,
            ...(await sealPadded(keys.encKey, change, opAdditionalData(keys.accountId, id))),
          }
        }),
      )
      const answer = await api.push(ops)
      observe(answer.serverTime)
      const acked = new Map(answer.acks.map((ack) => [ack.id, ack.seq]))
      if (!ops.every((op) => acked.has(op.id))) {
        throw new SyncAnswerError('The sync server did not acknowledge every change')
      }
      seqs = ops.map((op) => acked.get(op.id) as number)
    }
    await markSent(batch, seqs)
  }
}

/** Opens a page of ops; those that cannot be opened or read are set aside, never dropped. */
async function openOps(
  keys: SyncKeys,
  ops: PulledOp[],
): Promise<{ opened: OpenedOp[]; setAside: SetAsideRow[] }> {
  const opened: OpenedOp[] = []
  const setAside: SetAsideRow[] = []
  const at = new Date().toISOString()
  const values = await Promise.all(
    ops.map((op) =>
      openPadded(keys.encKey, op, opAdditionalData(keys.accountId, op.id)).then(
        (value) => ({ ok: true as const, value }),
        () => ({ ok: false as const }),
      ),
    ),
  )
  for (const [index, op] of ops.entries()) {
    const result = values[index]
    if (!result?.ok) {
      setAside.push({ ...op, reason: 'could-not-open', at })
      continue
    }
    const change = readChange(result.value)
    if (change === undefined) setAside.push({ ...op, reason: 'not-a-change', at })
    else {
      observeChange(change)
      opened.push({ seq: op.seq, change })
    }
  }
  return { opened, setAside }
}

function observeChange(change: RecordChange): void {
  const clock = db().clock
  for (const state of Object.values(change.f)) clock.observe(state.s)
  if (change.d) clock.observe(change.d.s)
}

/** Takes in everything after the cursor. True when the server's history began again. */
/** The new ops of a page, in order, each once: a page may repeat or reorder what it holds. */
function freshOps(page: PullAnswer, cursor: number): PulledOp[] {
  const fresh = [
    ...new Map(page.ops.filter((op) => op.seq > cursor).map((op) => [op.seq, op])).values(),
  ]
  return fresh.sort((a, b) => a.seq - b.seq)
}

interface OpenedPage {
  page: PullAnswer
  fresh: PulledOp[]
  opened: Awaited<ReturnType<typeof openOps>>
}

async function fetchPage(options: RoundOptions, after: number): Promise<OpenedPage> {
  const page = await options.api.pull(after, PAGE)
  observe(page.serverTime)
  const fresh = freshOps(page, after)
  return { page, fresh, opened: await openOps(options.keys, fresh) }
}

/** Takes in everything after the cursor. True when the server's history began again. */
async function pullAll(options: RoundOptions): Promise<boolean> {
  for (;;) {
    const { cursor } = await readProgress()
    let current: OpenedPage
    try {
      current = await fetchPage(options, cursor)
    } catch (error) {
      if (error instanceof SyncHttpError && error.status === 410) {
        await restoreSnapshot(options)
        continue
      }
      if (error instanceof SyncHttpError && error.status === 409) {
        await forgetSyncedState()
        return true
      }
      throw error
    }
    // Each next page is fetched and opened while the one before is being stored.
    for (;;) {
      const { page, fresh, opened } = current
      if (fresh.length === 0) return false
      const last = fresh.at(-1)!.seq
      const next = page.hasMore ? fetchPage(options, last) : undefined
      // Its failure is met when it is awaited; until then it must not count as unhandled.
      next?.catch(() => undefined)
      await applyIncoming(options.keys.encKey, opened.opened, opened.setAside, last)
      if (!next) return false
      try {
        current = await next
      } catch {
        // Start again from the stored cursor, where 410 and 409 are dealt with.
        break
      }
    }
  }
}

async function restoreSnapshot({ keys, api }: RoundOptions): Promise<void> {
  const snapshot = await api.getSnapshot()
  if (!snapshot) throw new SyncAnswerError('The sync server has no snapshot to start from')
  const value = await openPadded(
    keys.encKey,
    snapshot,
    snapshotAdditionalData(keys.accountId, snapshot.uptoSeq),
  )
  const entries = readSnapshotEntries(value)
  if (!entries) throw new SyncAnswerError('The snapshot could not be read')
  for (const entry of entries) observeChange(entry)
  // In parts, so a large snapshot never needs one huge transaction; applying a part twice (after a
  // cut-off) changes nothing, and the cursor moves only with the last part.
  const { cursor } = await readProgress()
  for (let start = 0; start < entries.length || start === 0; start += SNAPSHOT_PART) {
    const part = entries.slice(start, start + SNAPSHOT_PART)
    const last = start + SNAPSHOT_PART >= entries.length
    await applyIncoming(
      keys.encKey,
      part.map((change) => ({ seq: 0, change })),
      [],
      last ? snapshot.uptoSeq : cursor,
      last ? snapshot.uptoSeq : undefined,
    )
  }
}

async function maybeSnapshot({ keys, api, snapshotEvery }: RoundOptions): Promise<void> {
  const progress = await readProgress()
  if (progress.cursor - progress.snapshotSeq < (snapshotEvery ?? SNAPSHOT_EVERY)) return
  if ((await db().syncOutbox.count()) > 0) return
  const entries = (await readAllBases(keys.encKey)).map(({ t, i, f, d }) =>
    d ? { t, i, f, d } : { t, i, f },
  )
  const blob = await sealPadded(
    keys.encKey,
    { entries },
    snapshotAdditionalData(keys.accountId, progress.cursor),
  )
  try {
    await api.putSnapshot(progress.cursor, blob)
  } catch (error) {
    // Another device left a newer one, or this one does not fit: the ops are all still there.
    if (error instanceof SyncHttpError && (error.status === 409 || error.status === 413)) return
    throw error
  }
  await noteSnapshot(progress.cursor)
}
