import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { literal, useSyncApi } from '../testing/sync-api-harness.ts'
import { fakeOp, openOp, sealOp } from '../testing/sync-client.ts'
import { STORE_KINDS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')

describe.each(STORE_KINDS)('the sync API on %s: ops', (kind) => {
  const api = useSyncApi(kind, postgresUrl)

  describe('pushing and pulling', () => {
    beforeEach(async () => {
      await api.start()
      await api.createAccount()
    })

    it('numbers a batch, and gives back exactly what was sent, in order', async () => {
      const records = [
        { table: 'checkIns', id: randomUUID(), fields: { mood: 3 } },
        { table: 'goals', id: randomUUID(), fields: { title: 'Walk more' } },
      ]
      const ops = await Promise.all(records.map((record) => sealOp(api.device, record)))
      const pushed = await api.push(ops)
      expect(pushed.statusCode).toBe(200)
      expect(pushed.headers['cache-control']).toBe('no-store')
      expect(pushed.json()).toEqual({
        acks: [
          { id: ops[0]!.id, seq: 1 },
          { id: ops[1]!.id, seq: 2 },
        ],
        serverTime: api.now,
      })

      const pulled = await api.pull(0)
      expect(pulled.statusCode).toBe(200)
      expect(pulled.headers['cache-control']).toBe('no-store')
      const body = pulled.json()
      expect(body).toEqual({
        ops: ops.map((op, index) => ({ ...op, seq: index + 1 })),
        hasMore: false,
        serverTime: api.now,
      })
      expect(await Promise.all(body.ops.map((op: never) => openOp(api.device, op)))).toEqual(
        records,
      )
    })

    it('acknowledges ops sent again with their first numbers and keeps one copy', async () => {
      const first = [fakeOp(), fakeOp()]
      await api.push(first)
      const extra = fakeOp()
      const again = await api.push([first[1]!, extra, first[0]!])
      expect(again.json().acks).toEqual([
        { id: first[1]!.id, seq: 2 },
        { id: extra.id, seq: 3 },
        { id: first[0]!.id, seq: 1 },
      ])
      expect((await api.pull(0)).json().ops.map((op: { seq: number }) => op.seq)).toEqual([1, 2, 3])
    })

    it('stores a batch that arrives twice at once only once', async () => {
      const batch = Array.from({ length: 20 }, () => fakeOp())
      const [a, b] = await Promise.all([api.push(batch), api.push(batch)])
      expect(a.json().acks).toEqual(b.json().acks)
      expect((await api.pull(0)).json().ops).toHaveLength(20)
    })

    it('pages with limit and says when there is more', async () => {
      await api.push(Array.from({ length: 5 }, () => fakeOp()))
      const first = (await api.pull(0, 2)).json()
      expect(first.ops.map((op: { seq: number }) => op.seq)).toEqual([1, 2])
      expect(first.hasMore).toBe(true)
      const last = (await api.pull(4, 2)).json()
      expect(last.ops.map((op: { seq: number }) => op.seq)).toEqual([5])
      expect(last.hasMore).toBe(false)
      expect((await api.pull(5)).json()).toEqual({ ops: [], hasMore: false, serverTime: api.now })
    })

    it('takes 200 ops a request and refuses 201 with a 413', async () => {
      const ok = await api.push(Array.from({ length: 200 }, () => fakeOp()))
      expect(ok.statusCode).toBe(200)
      const tooMany = await api.push(Array.from({ length: 201 }, () => fakeOp()))
      expect(tooMany.statusCode).toBe(413)
      expect(tooMany.json().error).toBe('Send at most 200 ops a request (this one has 201)')
    })

    it('takes an op of 64 KiB of padded text and refuses a larger one with a 413', async () => {
      expect((await api.push([fakeOp(64 * 1024)])).statusCode).toBe(200)
      const large = await api.push([fakeOp(64 * 1024 + 256)])
      expect(large.statusCode).toBe(413)
      expect(large.json().error).toMatch(/^Each op may be at most 65,552 bytes of ciphertext/)
    })

    it('refuses ciphertext that is not padded to 256-byte steps', async () => {
      const unpadded = { ...fakeOp(), ct: Buffer.alloc(100).toString('base64url') }
      const response = await api.push([fakeOp(), unpadded])
      expect(response.statusCode).toBe(400)
      expect(response.json().error).toMatch(/^The field ops\[1\]\.ct must be AES-GCM ciphertext/)
      expect((await api.pull(0)).json().ops).toEqual([])
    })

    it('names the first thing wrong in a body', async () => {
      const cases: Array<[unknown, string]> = [
        [{ ops: [] }, 'The field ops must hold at least one op'],
        [{ ops: 'x' }, 'The field ops must be a list of ops'],
        [{}, 'The field ops is missing'],
        [
          { ops: [fakeOp()], more: 1 },
          'The body has a field this call does not accept: it must be a JSON object with the one field ops',
        ],
        [
          { ops: [{ ...fakeOp(), seq: 4 }] },
          'The field ops[0] has a field this call does not accept: it must be an object with the fields id, iv and ct',
        ],
        [{ ops: [{ ...fakeOp(), iv: 'AAAA' }] }, 'The field ops[0].iv must be an AES-GCM nonce'],
        [{ ops: [{ ...fakeOp(), id: 'short' }] }, 'The field ops[0].id must be an op id'],
        [{ ops: [{ ...fakeOp(), ct: 'a+b/' }] }, 'The field ops[0].ct must be ciphertext'],
        [[1, 2], 'The body must be a JSON object with the one field ops'],
        [{ ops: [[fakeOp()]] }, 'The field ops[0] must be an object with the fields id, iv and ct'],
        ['"text"', 'The body must be a JSON object with the one field ops'],
      ]
      for (const [body, message] of cases) {
        const response = await api.call({
          method: 'POST',
          url: `${api.base()}/ops`,
          headers: { ...api.device.headers, 'content-type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        })
        expect(response.statusCode, message).toBe(400)
        expect(response.json().error, message).toMatch(literal(message))
      }
    })

    it('names a bad query parameter', async () => {
      for (const [query, message] of [
        ['after=-1', 'The query parameter after must be given once, as a whole number from 0'],
        ['after=1&after=2', 'The query parameter after must be given once'],
        [
          'limit=201',
          'The query parameter limit must be given once, as a whole number from 1 to 200',
        ],
        ['limit=0', 'The query parameter limit must be given once'],
        [
          'since=3',
          'The query has a parameter this call does not accept: it may hold only after and limit',
        ],
      ]) {
        const response = await api.call({
          url: `${api.base()}/ops?${query}`,
          headers: api.device.headers,
        })
        expect(response.statusCode, query).toBe(400)
        expect(response.json().error, query).toMatch(literal(message!))
      }
      const pushQuery = await api.call({
        method: 'POST',
        url: `${api.base()}/ops?after=1`,
        headers: api.device.headers,
        body: { ops: [fakeOp()] },
      })
      expect(pushQuery.json().error).toBe(
        'The query has a parameter this call does not accept: it must be empty',
      )
    })

    it('refuses bodies that are not JSON with a 415, and broken JSON with a 400', async () => {
      const plain = await api.call({
        method: 'POST',
        url: `${api.base()}/ops`,
        headers: { ...api.device.headers, 'content-type': 'text/plain' },
        body: JSON.stringify({ ops: [fakeOp()] }),
      })
      expect(plain.statusCode).toBe(415)
      expect(plain.json().error).toBe(
        'Send the body as JSON, with the header "Content-Type: application/json"',
      )
      const broken = await api.call({
        method: 'POST',
        url: `${api.base()}/ops`,
        headers: { ...api.device.headers, 'content-type': 'application/json' },
        body: '{"ops": [',
      })
      expect(broken.statusCode).toBe(400)
      expect(broken.json().error).toBe('The body is not valid JSON')
    })

    it('tells a reader who is ahead of the account that it was started again', async () => {
      await api.push([fakeOp()])
      const response = await api.pull(5)
      expect(response.statusCode).toBe(409)
      expect(response.json()).toMatchObject({ lastSeq: 1 })
      expect(response.json().error).toMatch(/fewer than you have read/)
    })
  })

  describe('the account limit', () => {
    it('refuses ops past 25 MiB (here made small) with a 413 that says what to do', async () => {
      await api.start({ maxAccountBytes: 4 * 272 })
      await api.createAccount()
      expect((await api.push([fakeOp(), fakeOp(), fakeOp()])).statusCode).toBe(200)
      const full = await api.push([fakeOp(), fakeOp()])
      expect(full.statusCode).toBe(413)
      expect(full.json().error).toBe(
        'This account is full: it may hold 1,088 bytes, holds 816 bytes and these ops need ' +
          '544 bytes more. Store a snapshot to fold older changes away.',
      )
      const snapshot = { uptoSeq: 3, iv: fakeOp().iv, ct: fakeOp().ct }
      const put = await api.call({
        method: 'PUT',
        url: `${api.base()}/snapshot`,
        headers: api.device.headers,
        body: snapshot,
      })
      expect(put.statusCode).toBe(204)
      expect((await api.push([fakeOp(), fakeOp()])).statusCode).toBe(200)
    })
  })
})
