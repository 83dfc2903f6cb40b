import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterEach, beforeEach, expect } from 'vitest'
import type { SyncSettings } from '../sync/settings.ts'
import { testDevice, type TestDevice } from './sync-client.ts'
import { startTestServer, type StoreKind, type TestServer } from './sync-stores.ts'

export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The sync API tests' shared set-up, for use inside a describe block: a clock the test moves, a
 * fresh device before each test, a server on the given store (started by `start`, with settings
 * of the test's choosing) closed after each test, and short ways to call it.
 */
export interface SyncApi {
  now: number
  readonly server: TestServer
  readonly device: TestDevice
  start(sync?: Partial<SyncSettings>): Promise<void>
  base(who?: TestDevice): string
  call(options: InjectOptions): Promise<LightMyRequestResponse>
  createAccount(who?: TestDevice): Promise<LightMyRequestResponse>
  push(ops: unknown[], who?: TestDevice): Promise<LightMyRequestResponse>
  pull(after: number, limit?: number, who?: TestDevice): Promise<LightMyRequestResponse>
}

export function useSyncApi(kind: StoreKind, postgresUrl: string): SyncApi {
  let server: TestServer | undefined
  let device: TestDevice | undefined

  const api: SyncApi = {
    /** Milliseconds since 1970 as the server sees them; tests move it forward. */
    now: 0,
    get server(): TestServer {
      if (!server) throw new Error('call start() first')
      return server
    },
    get device(): TestDevice {
      if (!device) throw new Error('no device before the test starts')
      return device
    },
    async start(sync: Partial<SyncSettings> = {}) {
      await server?.close()
      server = await startTestServer(kind, postgresUrl, { sync: { now: () => api.now, ...sync } })
    },
    base: (who: TestDevice = api.device) => `/api/v1/accounts/${who.accountId}`,
    call: (options: InjectOptions): Promise<LightMyRequestResponse> =>
      api.server.app.inject(options),
    async createAccount(who: TestDevice = api.device) {
      const response = await api.call({
        method: 'PUT',
        url: api.base(who),
        headers: who.headers,
        body: {},
      })
      expect(response.statusCode).toBe(201)
      return response
    },
    push: (ops: unknown[], who: TestDevice = api.device) =>
      api.call({
        method: 'POST',
        url: `${api.base(who)}/ops`,
        headers: who.headers,
        body: { ops },
      }),
    pull: (after: number, limit?: number, who: TestDevice = api.device) =>
      api.call({
        url: `${api.base(who)}/ops?after=${after}${limit === undefined ? '' : `&limit=${limit}`}`,
        headers: who.headers,
      }),
  }

  beforeEach(async () => {
    api.now = Date.parse('2025-05-01T10:00:00Z')
    device = await testDevice()
  })

  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  return api
}

/** Text for a RegExp that matches it literally. */
export function literal(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
}
