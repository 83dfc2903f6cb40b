import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { storedBytes } from '../testing/stored-bytes.ts'
import { openOp, sealOp, testDevice } from '../testing/sync-client.ts'
import { startTestServer, STORE_KINDS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')

/** Keys only a Harbour record would have: none may reach the server in a readable form. */
const FIELD_NAMES = ['reflectionText', 'feelingScore', 'copingStepsTried', 'journalEntries']
const SHORT_FIELD_NAMES = ['table', 'fields', 'stamp', 'deleted']

function records(marker: string) {
  return Array.from({ length: 5 }, (_, index) => ({
    table: 'journalEntries',
    id: randomUUID(),
    fields: {
      reflectionText: { value: `Day ${index}: ${marker} I talked to my sister.`, stamp: '0001' },
      feelingScore: { value: index, stamp: '0002' },
      copingStepsTried: { value: ['walk', 'music'], stamp: '0003' },
      deleted: { value: false, stamp: '0004' },
    },
  }))
}

function expectNoPlaintext(haystack: Buffer | string, marker: string, where: string) {
  const text = Buffer.isBuffer(haystack) ? haystack.toString('latin1') : haystack
  const hex = Buffer.from(marker).toString('hex')
  expect(text.includes(marker), `${where} holds the marker`).toBe(false)
  expect(text.toLowerCase().includes(hex), `${where} holds the marker as hex`).toBe(false)
  for (const name of FIELD_NAMES) expect(text.includes(name), `${where} holds ${name}`).toBe(false)
  for (const name of SHORT_FIELD_NAMES) {
    expect(text.includes(`"${name}"`), `${where} holds "${name}"`).toBe(false)
  }
}

describe.each(STORE_KINDS)('what the server keeps on %s', (kind) => {
  it('holds no plaintext of a synced note in its tables, files or logs', async () => {
    const lines: string[] = []
    const server = await startTestServer(kind, postgresUrl, {
      logger: { level: 'debug', stream: { write: (line: string) => lines.push(line) } },
    })
    try {
      const marker = `KNOWN-PLAINTEXT-${randomUUID()}`
      const device = await testDevice()
      const written = records(marker)
      const url = `/api/v1/accounts/${device.accountId}`
      const ok = (status: number) => (response: { statusCode: number }) =>
        expect(response.statusCode).toBe(status)

      ok(201)(await server.app.inject({ method: 'PUT', url, headers: device.headers, body: {} }))
      const ops = await Promise.all(written.map((record) => sealOp(device, record)))
      ok(200)(
        await server.app.inject({
          method: 'POST',
          url: `${url}/ops`,
          headers: device.headers,
          body: { ops },
        }),
      )
      // A confused client sending plaintext by mistake: refused, and not repeated anywhere.
      const mistaken = await server.app.inject({
        method: 'POST',
        url: `${url}/ops`,
        headers: device.headers,
        body: { ops: [{ ...ops[0], reflectionText: marker }], note: written[0] },
      })
      ok(400)(mistaken)
      expectNoPlaintext(mistaken.body, marker, 'the refusal')

      const snapshot = await sealOp(device, { everything: written })
      ok(204)(
        await server.app.inject({
          method: 'PUT',
          url: `${url}/snapshot`,
          headers: device.headers,
          body: { uptoSeq: 2, iv: snapshot.iv, ct: snapshot.ct },
        }),
      )
      const pulled = await server.app.inject({ url: `${url}/ops?after=2`, headers: device.headers })
      ok(200)(pulled)
      // The ciphertext really does carry the marker: the device can read it back.
      const opened = await Promise.all(
        pulled.json().ops.map((op: { id: string; iv: string; ct: string }) => openOp(device, op)),
      )
      expect(opened).toEqual(written.slice(2))
      expect(JSON.stringify(opened)).toContain(marker)

      expectNoPlaintext(await storedBytes(server, postgresUrl), marker, `the ${kind} store`)
      await server.restart()
      expectNoPlaintext(
        await storedBytes(server, postgresUrl),
        marker,
        `the ${kind} store after a restart`,
      )

      const log = lines.join('')
      expect(lines.length).toBeGreaterThanOrEqual(5)
      expectNoPlaintext(log, marker, 'the log')
      expect(log).not.toContain(device.accountId)
      expect(log).not.toContain(device.token)
      expect(log).not.toContain('127.0.0.1')
      const paths = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req)
      expect(paths.length).toBe(5)
      for (const entry of paths) {
        expect(entry.req.path).toMatch(/^\/api\/v1\/accounts\/~[0-9a-f]{8}(\/ops|\/snapshot)?$/)
      }
    } finally {
      await server.close()
    }
  })
})
