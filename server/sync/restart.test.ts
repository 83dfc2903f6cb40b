import type { AddressInfo } from 'node:net'
import { describe, expect, inject, it } from 'vitest'
import { fakeOp, testDevice, type WireOp } from '../testing/sync-client.ts'
import { startTestServer, STORE_KINDS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')

interface Ack {
  id: string
  seq: number
}

describe.each(STORE_KINDS)('a server restart in the middle of a sync on %s', (kind) => {
  it('loses nothing and stores nothing twice', async () => {
    const server = await startTestServer(kind, postgresUrl)
    try {
      const listen = async () => {
        await server.app.listen({ host: '127.0.0.1', port: 0 })
        return `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`
      }
      let origin = await listen()
      const device = await testDevice()
      const path = `/api/v1/accounts/${device.accountId}`
      const send = (method: string, suffix: string, body?: unknown) =>
        fetch(`${origin}${path}${suffix}`, {
          method,
          headers: { ...device.headers, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      const push = async (ops: WireOp[]): Promise<Ack[]> => {
        const response = await send('POST', '/ops', { ops })
        expect(response.status).toBe(200)
        return ((await response.json()) as { acks: Ack[] }).acks
      }

      expect((await send('PUT', '', {})).status).toBe(201)
      const first = Array.from({ length: 20 }, () => fakeOp())
      const second = Array.from({ length: 20 }, () => fakeOp())
      const third = Array.from({ length: 20 }, () => fakeOp())
      await push(first)

      // A second device reads part of the way.
      const seen: Array<WireOp & { seq: number }> = []
      let cursor = 0
      const readPage = async (limit: number) => {
        const response = await send('GET', `/ops?after=${cursor}&limit=${limit}`)
        expect(response.status).toBe(200)
        const page = (await response.json()) as {
          ops: Array<WireOp & { seq: number }>
          hasMore: boolean
        }
        seen.push(...page.ops)
        cursor = page.ops.at(-1)?.seq ?? cursor
        return page.hasMore
      }
      await readPage(15)

      // The server stops while a push is in flight; the device never learns how it went.
      const inFlight = push(second).then(
        (acks) => acks,
        () => null,
      )
      await new Promise((resolve) => setTimeout(resolve, 5))
      await server.restart()
      origin = await listen()
      const firstTry = await inFlight

      // The device sends the unacknowledged batch again, with new work after it.
      const acks = await push([...second, ...third])
      if (firstTry) expect(acks.slice(0, 20)).toEqual(firstTry)
      expect(acks.map((ack) => ack.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 21))

      // The reader carries on from its cursor after the restart.
      while (await readPage(7));
      expect(seen.map((op) => op.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
      expect(seen.map(({ id, iv, ct }) => ({ id, iv, ct }))).toEqual([
        ...first,
        ...second,
        ...third,
      ])
    } finally {
      await server.close()
    }
  })
})
