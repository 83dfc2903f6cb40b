import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fakeOp, testDevice, type TestDevice } from '../testing/sync-client.ts'
import { FUZZ_LIMITS, malformedRequest } from '../testing/sync-fuzz-requests.ts'
import { startTestServer, STORE_KINDS, type TestServer } from '../testing/sync-stores.ts'
import { bodyLimits, syncSettings } from './settings.ts'

const postgresUrl = inject('postgresUrl')
// A fixed seed keeps CI repeatable; HARBOUR_FUZZ_SEED explores others.
const SEED = Number(process.env.HARBOUR_FUZZ_SEED ?? 20_250_501)
const RUNS = 2000

const STACK_LIKE = /\bat .+:\d+|\.ts\b|node_modules|Error:|SQLITE|postgres|syntax error/i

describe.each(STORE_KINDS)('fuzzing the sync API on %s', (kind) => {
  let server: TestServer
  let device: TestDevice
  let stranger: TestDevice

  beforeAll(async () => {
    server = await startTestServer(kind, postgresUrl, { sync: FUZZ_LIMITS })
    device = await testDevice()
    stranger = await testDevice()
    await server.app.inject({
      method: 'PUT',
      url: `/api/v1/accounts/${device.accountId}`,
      headers: device.headers,
    })
    await server.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${device.accountId}/ops`,
      headers: device.headers,
      body: { ops: [fakeOp(), fakeOp()] },
    })
  })

  afterAll(async () => {
    await server.close()
  })

  it(`answers ${RUNS} malformed requests with a 4xx and a clear message, never a 500`, async () => {
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(malformedRequest(device, stranger), async (request) => {
        const response = await server.app.inject({
          method: request.method,
          url: `/api/v1/accounts/${request.accountSegment}${request.suffix}${request.query}`,
          headers: request.headers,
          ...(request.body === undefined ? {} : { body: request.body }),
        })
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
        expect(response.statusCode).toBeGreaterThanOrEqual(400)
        expect(response.statusCode).toBeLessThan(500)
        if (String(response.headers['content-type']).startsWith('application/json')) {
          const { error } = response.json() as { error?: unknown }
          expect(typeof error).toBe('string')
          expect((error as string).length).toBeGreaterThan(8)
          expect(error).not.toMatch(STACK_LIKE)
          expect(response.headers['cache-control']).toBe('no-store')
        } else {
          // Paths that can name no API call reach the site's own 404 or 405 page.
          expect([404, 405]).toContain(response.statusCode)
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )

    // The statuses show the requests reached every layer, not only the first check.
    for (const status of [400, 401, 413, 415]) expect(statuses.get(status) ?? 0).toBeGreaterThan(20)
    expect(statuses.get(404) ?? 0).toBeGreaterThan(0)

    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200)
    const pulled = await server.app.inject({
      url: `/api/v1/accounts/${device.accountId}/ops?after=0`,
      headers: device.headers,
    })
    expect(pulled.statusCode).toBe(200)
    expect(pulled.json().ops).toHaveLength(2)
  }, 120_000)

  it('refuses bodies over the default limits with a 413 that names the limit', async () => {
    const defaults = await startTestServer(kind, postgresUrl)
    try {
      const limits = bodyLimits(syncSettings())
      await defaults.app.inject({
        method: 'PUT',
        url: `/api/v1/accounts/${device.accountId}`,
        headers: device.headers,
      })
      for (const [suffix, method, limit] of [
        ['/ops', 'POST', limits.ops],
        ['/snapshot', 'PUT', limits.snapshot],
        ['', 'PUT', limits.small],
      ] as const) {
        const response = await defaults.app.inject({
          method,
          url: `/api/v1/accounts/${device.accountId}${suffix}`,
          headers: { ...device.headers, 'content-type': 'application/json' },
          body: `{"ops":"${'A'.repeat(limit)}"}`,
        })
        expect(response.statusCode, suffix).toBe(413)
        expect(response.json().error).toBe(
          `The request body is larger than this call accepts (at most ${limit} bytes)`,
        )
      }
      expect(limits.ops).toBeGreaterThan(200 * 87_403)
      expect(limits.snapshot).toBeGreaterThan((25 * 1024 * 1024 * 4) / 3)
    } finally {
      await defaults.close()
    }
  })
})
