import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../app.ts'
import { openPostgresStore } from '../store/postgres.ts'
import type { Store } from '../store/store.ts'
import { createDist, type DistFixture } from '../testing/fixtures.ts'
import { freshSchemaUrl } from '../testing/postgres-schemas.ts'
import { fakeOp, testDevice, type WireOp } from '../testing/sync-client.ts'
import { NO_RATE_LIMITS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')
const SERVERS = 3

interface Ack {
  id: string
  seq: number
}
interface PulledOp extends WireOp {
  seq: number
}

/** One device's work: batches of new ops, some of them sent twice (a lost answer, a retry). */
const writerPlan = fc.array(
  fc.record({
    size: fc.integer({ min: 1, max: 12 }),
    resend: fc.constantFrom('no', 'no', 'after', 'at-once'),
  }),
  { minLength: 1, maxLength: 6 },
)

const plan = fc.record({
  writers: fc.array(writerPlan, { minLength: 2, maxLength: 5 }),
  readers: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }),
  probes: fc.array(fc.nat({ max: 120 }), { maxLength: 8 }),
  seed: fc.nat(),
})

describe('several servers sharing one PostgreSQL', () => {
  let dist: DistFixture
  const servers: Array<{ app: FastifyInstance; store: Store }> = []

  beforeAll(async () => {
    dist = await createDist()
    const { url } = await freshSchemaUrl(postgresUrl)
    // Each server has its own pool and its own process-like state, as separate processes would.
    for (let i = 0; i < SERVERS; i++) {
      const store = await openPostgresStore({ connectionString: url, maxConnections: 4 })
      servers.push({
        store,
        app: await buildApp({ distDir: dist.distDir, store, sync: NO_RATE_LIMITS }),
      })
    }
  })

  afterAll(async () => {
    for (const { app, store } of servers) {
      await app.close()
      await store.close()
    }
    await dist.cleanup()
  })

  it('never shows a reader a gap, a reordering or a duplicate, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async ({ writers, readers, probes, seed }) => {
        const device = await testDevice()
        let turn = seed
        const anyServer = () => servers[turn++ % SERVERS]!.app
        const path = `/api/v1/accounts/${device.accountId}`
        const made = await anyServer().inject({ method: 'PUT', url: path, headers: device.headers })
        expect(made.statusCode).toBe(201)

        const acksById = new Map<string, number>()
        const recordAcks = (ops: WireOp[], acks: Ack[]) => {
          expect(acks.map((ack) => ack.id)).toEqual(ops.map((op) => op.id))
          for (const ack of acks) {
            const earlier = acksById.get(ack.id)
            if (earlier !== undefined) expect(ack.seq).toBe(earlier)
            acksById.set(ack.id, ack.seq)
          }
        }
        const push = async (ops: WireOp[]) => {
          const response = await anyServer().inject({
            method: 'POST',
            url: `${path}/ops`,
            headers: device.headers,
            body: { ops },
          })
          expect(response.statusCode).toBe(200)
          recordAcks(ops, (response.json() as { acks: Ack[] }).acks)
        }
        const pull = async (after: number, limit: number) => {
          const response = await anyServer().inject({
            url: `${path}/ops?after=${after}&limit=${limit}`,
            headers: device.headers,
          })
          if (response.statusCode === 409) return null // read past the end: nothing yet
          expect(response.statusCode).toBe(200)
          const page = response.json() as { ops: PulledOp[]; hasMore: boolean }
          // Whatever is visible after `after` starts right after it and has no holes.
          expect(page.ops.map((op) => op.seq)).toEqual(page.ops.map((_, i) => after + i + 1))
          return page
        }

        let writing = true
        const sentIds = new Set<string>()
        const writing$ = Promise.all(
          writers.map(async (batches) => {
            for (const { size, resend } of batches) {
              const ops = Array.from({ length: size }, () => fakeOp())
              for (const op of ops) sentIds.add(op.id)
              if (resend === 'at-once') await Promise.all([push(ops), push(ops)])
              else await push(ops)
              if (resend === 'after') await push([...ops].reverse())
            }
          }),
        ).finally(() => (writing = false))

        const seenBySeq = new Map<number, string>()
        const remember = (ops: PulledOp[]) => {
          for (const op of ops) {
            const known = seenBySeq.get(op.seq)
            if (known !== undefined) expect(op.id).toBe(known)
            seenBySeq.set(op.seq, op.id)
          }
        }
        const reading$ = Promise.all(
          readers.map(async (limit) => {
            let cursor = 0
            const mine: PulledOp[] = []
            for (;;) {
              const stillWriting = writing
              const page = await pull(cursor, limit)
              if (page) {
                mine.push(...page.ops)
                remember(page.ops)
                cursor = page.ops.at(-1)?.seq ?? cursor
                if (page.hasMore) continue
              }
              if (!stillWriting) break
              await new Promise((resolve) => setTimeout(resolve, 1))
            }
            return mine
          }),
        )
        const probing$ = Promise.all(
          probes.map(async (after) => {
            const page = await pull(after, 5)
            if (page) remember(page.ops)
          }),
        )

        const [, everyReader] = await Promise.all([writing$, reading$, probing$])
        const total = sentIds.size
        for (const mine of everyReader) {
          expect(mine.map((op) => op.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
          expect(new Set(mine.map((op) => op.id)).size).toBe(total)
          for (const op of mine) expect(acksById.get(op.id)).toBe(op.seq)
        }
      }),
      { numRuns: 12, seed: 4_242, endOnFailure: true },
    )
  }, 120_000)
})
