import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewOp, Store } from './store.ts'

/** A fresh, empty database, and a way to open it again as a restarted server would. */
export interface StoreFixture {
  store: Store
  /** Closes `store` and opens the same database again. */
  reopen(): Promise<Store>
  cleanup(): Promise<void>
}

const DAY = '2025-03-01'
const MAX = 1024 * 1024

const accountId = () => randomBytes(32).toString('base64url')
const tokenHash = () => randomBytes(32)
let opCount = 0
const op = (size = 272): NewOp => ({
  id: `op-${(opCount++).toString().padStart(6, '0')}-${randomBytes(6).toString('hex')}`,
  iv: randomBytes(12),
  ct: randomBytes(size),
})
const ops = (count: number, size?: number) => Array.from({ length: count }, () => op(size))

/**
 * What every Store must do, run against SQLite (sqlite.test.ts) and PostgreSQL
 * (postgres.test.ts). Each test gets an empty database of its own.
 */
export function describeStoreContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`${name}: the sync store contract`, () => {
    let fixture: StoreFixture
    let store: Store

    beforeEach(async () => {
      fixture = await open()
      store = fixture.store
    })

    afterEach(async () => {
      await fixture.cleanup()
    })

    async function newAccount(): Promise<string> {
      const id = accountId()
      expect(await store.createAccount(id, tokenHash(), DAY)).toBe(true)
      return id
    }

    describe('accounts', () => {
      it('makes an account once, keeping only the token hash given', async () => {
        const id = accountId()
        const hash = tokenHash()
        expect(await store.findAccount(id)).toBeNull()
        expect(await store.createAccount(id, hash, DAY)).toBe(true)
        expect(await store.createAccount(id, tokenHash(), '2025-03-02')).toBe(false)
        expect(await store.findAccount(id)).toEqual({
          tokenHash: hash,
          lastSeq: 0,
          prunedThrough: 0,
          usedBytes: 0,
          lastUsedDay: DAY,
        })
      })

      it('makes an account exactly once when many ask at the same moment', async () => {
        const id = accountId()
        const made = await Promise.all(
          Array.from({ length: 8 }, () => store.createAccount(id, tokenHash(), DAY)),
        )
        expect(made.filter(Boolean)).toHaveLength(1)
      })

      it('moves the last-used day forward only', async () => {
        const id = await newAccount()
        await store.touchAccount(id, '2025-04-01')
        await store.touchAccount(id, '2025-02-01')
        expect((await store.findAccount(id))?.lastUsedDay).toBe('2025-04-01')
      })
    })

    describe('appending ops', () => {
      it('numbers new ops 1, 2, 3 … in the order given and counts their bytes', async () => {
        const id = await newAccount()
        const batch = ops(3, 528)
        const result = await store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX })
        expect(result).toEqual({
          kind: 'stored',
          acks: batch.map((o, index) => ({ id: o.id, seq: index + 1 })),
        })
        const next = op()
        expect(await store.appendOps(id, [next], { day: DAY, maxAccountBytes: MAX })).toEqual({
          kind: 'stored',
          acks: [{ id: next.id, seq: 4 }],
        })
        expect(await store.findAccount(id)).toMatchObject({ lastSeq: 4, usedBytes: 3 * 528 + 272 })
      })

      it('keeps the bytes exactly as sent', async () => {
        const id = await newAccount()
        const batch = [op(16), op(65_552)]
        await store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX })
        const read = await store.readOps(id, 0, 10)
        expect(read).toEqual({
          kind: 'ops',
          lastSeq: 2,
          ops: batch.map((o, index) => ({ ...o, seq: index + 1 })),
        })
      })

      it('acknowledges an op id seen before with its first number and stores it once', async () => {
        const id = await newAccount()
        const [a, b] = ops(2)
        await store.appendOps(id, [a!, b!], { day: DAY, maxAccountBytes: MAX })
        const c = op()
        const again = { ...a!, ct: randomBytes(272) }
        const result = await store.appendOps(id, [c, again, b!, c], {
          day: DAY,
          maxAccountBytes: MAX,
        })
        expect(result).toEqual({
          kind: 'stored',
          acks: [
            { id: c.id, seq: 3 },
            { id: a!.id, seq: 1 },
            { id: b!.id, seq: 2 },
            { id: c.id, seq: 3 },
          ],
        })
        const read = await store.readOps(id, 0, 10)
        expect(read.kind === 'ops' && read.ops.map((o) => [o.id, o.seq])).toEqual([
          [a!.id, 1],
          [b!.id, 2],
          [c.id, 3],
        ])
        // The first copy is the one kept.
        expect(read.kind === 'ops' && read.ops[0]?.ct).toEqual(a!.ct)
        expect((await store.findAccount(id))?.usedBytes).toBe(3 * 272)
      })

      it('numbers each account on its own', async () => {
        const first = await newAccount()
        const second = await newAccount()
        await store.appendOps(first, ops(5), { day: DAY, maxAccountBytes: MAX })
        const result = await store.appendOps(second, ops(2), { day: DAY, maxAccountBytes: MAX })
        expect(result.kind === 'stored' && result.acks.map((a) => a.seq)).toEqual([1, 2])
      })

      it('gives concurrent batches to one account distinct numbers without gaps', async () => {
        const id = await newAccount()
        const batches = Array.from({ length: 12 }, () => ops(5))
        const results = await Promise.all(
          batches.map((batch) => store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX })),
        )
        const seqs = results.flatMap((r) => (r.kind === 'stored' ? r.acks.map((a) => a.seq) : []))
        expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
        // Each batch got a run of consecutive numbers, in its own order.
        for (const result of results) {
          const own = result.kind === 'stored' ? result.acks.map((a) => a.seq) : []
          expect(own).toEqual(own.map((_, i) => own[0]! + i))
        }
      })

      it('stores a batch delivered twice at the same moment once, acknowledging both alike', async () => {
        const id = await newAccount()
        const batch = ops(10)
        const [first, second] = await Promise.all([
          store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX }),
          store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX }),
        ])
        expect(second).toEqual(first)
        expect((await store.findAccount(id))?.lastSeq).toBe(10)
      })

      it('refuses a batch that would pass the account limit, storing none of it', async () => {
        const id = await newAccount()
        const kept = ops(3, 272)
        await store.appendOps(id, kept, { day: DAY, maxAccountBytes: 1000 })
        const result = await store.appendOps(id, [op(272), op(272)], {
          day: DAY,
          maxAccountBytes: 1000,
        })
        expect(result).toEqual({ kind: 'full', usedBytes: 816, incomingBytes: 544 })
        expect(await store.findAccount(id)).toMatchObject({ lastSeq: 3, usedBytes: 816 })
        // Ops already stored are still acknowledged: sending them again costs nothing.
        expect(await store.appendOps(id, kept, { day: DAY, maxAccountBytes: 1000 })).toEqual({
          kind: 'stored',
          acks: kept.map((o, index) => ({ id: o.id, seq: index + 1 })),
        })
      })

      it('says when the account does not exist', async () => {
        expect(
          await store.appendOps(accountId(), ops(1), { day: DAY, maxAccountBytes: MAX }),
        ).toEqual({ kind: 'no-account' })
      })
    })

    describe('reading ops', () => {
      it('pages through ops after a number, in order', async () => {
        const id = await newAccount()
        const batch = ops(7)
        await store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX })
        const page = await store.readOps(id, 2, 3)
        expect(page.kind === 'ops' && page.ops.map((o) => o.seq)).toEqual([3, 4, 5])
        expect(page.kind === 'ops' && page.ops.map((o) => o.id)).toEqual(
          batch.slice(2, 5).map((o) => o.id),
        )
        expect(page).toMatchObject({ lastSeq: 7 })
        expect(await store.readOps(id, 7, 3)).toEqual({ kind: 'ops', ops: [], lastSeq: 7 })
      })

      it('answers an empty account with no ops', async () => {
        const id = await newAccount()
        expect(await store.readOps(id, 0, 50)).toEqual({ kind: 'ops', ops: [], lastSeq: 0 })
      })

      it('says when the reader is past the last op, or the account does not exist', async () => {
        const id = await newAccount()
        await store.appendOps(id, ops(2), { day: DAY, maxAccountBytes: MAX })
        expect(await store.readOps(id, 5, 10)).toEqual({ kind: 'ahead', lastSeq: 2 })
        expect(await store.readOps(accountId(), 0, 10)).toEqual({ kind: 'no-account' })
      })

      it('reads the account with the page, as findAccount and readOps would', async () => {
        const id = await newAccount()
        await store.appendOps(id, ops(5), { day: DAY, maxAccountBytes: MAX })
        await store.touchAccount(id, '2025-03-04')
        const both = await store.readOpsAndAccount(id, 1, 2)
        expect(both.account).toEqual(await store.findAccount(id))
        expect(both.result).toEqual(await store.readOps(id, 1, 2))
        expect(both.result.kind === 'ops' && both.result.ops.map((o) => o.seq)).toEqual([2, 3])
        expect((await store.readOpsAndAccount(id, 9, 2)).result).toEqual({
          kind: 'ahead',
          lastSeq: 5,
        })
        expect(await store.readOpsAndAccount(accountId(), 0, 10)).toEqual({
          account: null,
          result: { kind: 'no-account' },
        })
      })
    })

    describe('snapshots', () => {
      it('stores a snapshot, prunes the ops it covers and sends readers to it', async () => {
        const id = await newAccount()
        await store.appendOps(id, ops(5, 272), { day: DAY, maxAccountBytes: MAX })
        const snapshot = { uptoSeq: 3, iv: randomBytes(12), ct: randomBytes(528) }
        expect(await store.putSnapshot(id, snapshot, { maxAccountBytes: MAX })).toEqual({
          kind: 'stored',
        })
        expect(await store.getSnapshot(id)).toEqual(snapshot)
        expect(await store.findAccount(id)).toMatchObject({
          lastSeq: 5,
          prunedThrough: 3,
          usedBytes: 2 * 272 + 528,
        })
        expect(await store.readOps(id, 0, 10)).toEqual({ kind: 'pruned', snapshotUptoSeq: 3 })
        expect(await store.readOps(id, 2, 10)).toEqual({ kind: 'pruned', snapshotUptoSeq: 3 })
        expect(await store.readOpsAndAccount(id, 2, 10)).toEqual({
          account: await store.findAccount(id),
          result: { kind: 'pruned', snapshotUptoSeq: 3 },
        })
        const after = await store.readOps(id, 3, 10)
        expect(after.kind === 'ops' && after.ops.map((o) => o.seq)).toEqual([4, 5])
      })

      it('still recognises a pruned op sent again', async () => {
        const id = await newAccount()
        const batch = ops(3)
        await store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX })
        const snapshot = { uptoSeq: 3, iv: randomBytes(12), ct: randomBytes(272) }
        await store.putSnapshot(id, snapshot, { maxAccountBytes: MAX })
        expect(await store.appendOps(id, [batch[1]!], { day: DAY, maxAccountBytes: MAX })).toEqual({
          kind: 'stored',
          acks: [{ id: batch[1]!.id, seq: 2 }],
        })
        expect(await store.findAccount(id)).toMatchObject({ lastSeq: 3, usedBytes: 272 })
      })

      it('replaces a snapshot with a newer one and refuses an older one', async () => {
        const id = await newAccount()
        await store.appendOps(id, ops(6), { day: DAY, maxAccountBytes: MAX })
        const at = (uptoSeq: number, size = 272) => ({
          uptoSeq,
          iv: randomBytes(12),
          ct: randomBytes(size),
        })
        await store.putSnapshot(id, at(4), { maxAccountBytes: MAX })
        expect(await store.putSnapshot(id, at(2), { maxAccountBytes: MAX })).toEqual({
          kind: 'older',
          snapshotUptoSeq: 4,
        })
        const same = at(4, 784)
        expect(await store.putSnapshot(id, same, { maxAccountBytes: MAX })).toEqual({
          kind: 'stored',
        })
        expect(await store.getSnapshot(id)).toEqual(same)
        expect((await store.findAccount(id))?.usedBytes).toBe(2 * 272 + 784)
        expect(await store.putSnapshot(id, at(7), { maxAccountBytes: MAX })).toEqual({
          kind: 'beyond-last',
          lastSeq: 6,
        })
      })

      it('allows a snapshot of an account with no ops yet', async () => {
        const id = await newAccount()
        const snapshot = { uptoSeq: 0, iv: randomBytes(12), ct: randomBytes(272) }
        expect(await store.putSnapshot(id, snapshot, { maxAccountBytes: MAX })).toEqual({
          kind: 'stored',
        })
        expect(await store.readOps(id, 0, 10)).toEqual({ kind: 'ops', ops: [], lastSeq: 0 })
      })

      it('counts the snapshot against the account limit, after pruning', async () => {
        const id = await newAccount()
        await store.appendOps(id, ops(3, 272), { day: DAY, maxAccountBytes: 1000 })
        const big = { uptoSeq: 1, iv: randomBytes(12), ct: randomBytes(528) }
        expect(await store.putSnapshot(id, big, { maxAccountBytes: 1000 })).toEqual({
          kind: 'full',
          usedBytes: 544,
          incomingBytes: 528,
        })
        expect(await store.getSnapshot(id)).toBeNull()
        const fits = { uptoSeq: 3, iv: randomBytes(12), ct: randomBytes(784) }
        expect(await store.putSnapshot(id, fits, { maxAccountBytes: 1000 })).toEqual({
          kind: 'stored',
        })
      })

      it('says when there is no snapshot or no account', async () => {
        const id = await newAccount()
        expect(await store.getSnapshot(id)).toBeNull()
        const snapshot = { uptoSeq: 0, iv: randomBytes(12), ct: randomBytes(16) }
        expect(await store.putSnapshot(accountId(), snapshot, { maxAccountBytes: MAX })).toEqual({
          kind: 'no-account',
        })
      })
    })

    describe('deleting', () => {
      it('removes everything of an account, keeping a deletion record', async () => {
        const id = await newAccount()
        const hash = (await store.findAccount(id))!.tokenHash
        const other = await newAccount()
        await store.appendOps(id, ops(3), { day: DAY, maxAccountBytes: MAX })
        await store.appendOps(other, ops(2), { day: DAY, maxAccountBytes: MAX })
        await store.putSnapshot(
          id,
          { uptoSeq: 1, iv: randomBytes(12), ct: randomBytes(16) },
          { maxAccountBytes: MAX },
        )

        expect(await store.deleteAccount(id, '2025-03-05')).toBe(true)
        expect(await store.findAccount(id)).toBeNull()
        expect(await store.getSnapshot(id)).toBeNull()
        expect(await store.readOps(id, 0, 10)).toEqual({ kind: 'no-account' })
        expect(await store.findDeletedAccount(id)).toEqual(hash)
        expect(await store.deleteAccount(id, '2025-03-06')).toBe(false)
        const untouched = await store.readOps(other, 0, 10)
        expect(untouched.kind === 'ops' && untouched.ops).toHaveLength(2)
      })

      it('starts a made-again account from nothing, forgetting the deletion record', async () => {
        const id = await newAccount()
        await store.appendOps(id, ops(4), { day: DAY, maxAccountBytes: MAX })
        await store.deleteAccount(id, DAY)
        expect(await store.createAccount(id, tokenHash(), DAY)).toBe(true)
        expect(await store.findDeletedAccount(id)).toBeNull()
        expect(await store.findAccount(id)).toMatchObject({ lastSeq: 0, usedBytes: 0 })
        const result = await store.appendOps(id, ops(1), { day: DAY, maxAccountBytes: MAX })
        expect(result.kind === 'stored' && result.acks[0]?.seq).toBe(1)
      })

      it('expires accounts unused since before a day, and old deletion records', async () => {
        const old = await newAccount()
        const recent = accountId()
        await store.createAccount(recent, tokenHash(), '2025-01-01')
        await store.touchAccount(recent, '2025-06-01')
        await store.appendOps(old, ops(3), { day: DAY, maxAccountBytes: MAX })
        const gone = await newAccount()
        await store.deleteAccount(gone, '2025-02-01')
        const goneLater = await newAccount()
        await store.deleteAccount(goneLater, '2025-05-01')

        expect(
          await store.deleteExpired({ unusedBefore: '2025-05-01', deletedBefore: '2025-04-01' }),
        ).toEqual({ accounts: 1, deletionRecords: 1 })
        expect(await store.findAccount(old)).toBeNull()
        expect(await store.readOps(old, 0, 10)).toEqual({ kind: 'no-account' })
        expect(await store.findAccount(recent)).not.toBeNull()
        expect(await store.findDeletedAccount(gone)).toBeNull()
        expect(await store.findDeletedAccount(goneLater)).not.toBeNull()
        expect(
          await store.deleteExpired({ unusedBefore: '2025-05-01', deletedBefore: '2025-04-01' }),
        ).toEqual({ accounts: 0, deletionRecords: 0 })
      })
    })

    it('keeps everything across a restart', async () => {
      const id = await newAccount()
      const batch = ops(4)
      await store.appendOps(id, batch, { day: DAY, maxAccountBytes: MAX })
      const snapshot = { uptoSeq: 2, iv: randomBytes(12), ct: randomBytes(272) }
      await store.putSnapshot(id, snapshot, { maxAccountBytes: MAX })

      store = await fixture.reopen()
      expect(await store.getSnapshot(id)).toEqual(snapshot)
      const read = await store.readOps(id, 2, 10)
      expect(read).toEqual({
        kind: 'ops',
        lastSeq: 4,
        ops: batch.slice(2).map((o, index) => ({ ...o, seq: index + 3 })),
      })
      const more = op()
      expect(
        await store.appendOps(id, [batch[3]!, more], { day: DAY, maxAccountBytes: MAX }),
      ).toEqual({
        kind: 'stored',
        acks: [
          { id: batch[3]!.id, seq: 4 },
          { id: more.id, seq: 5 },
        ],
      })
    })
  })
}
