import type { FastifyInstance } from 'fastify'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { setDatabase } from '../../src/db/database.ts'
import { HarbourDatabase } from '../../src/db/schema.ts'
import { keepRecoveryKey } from '../../src/db/sync/sync-key.ts'
import {
  generateRecoveryKey,
  parseRecoveryKey,
} from '../../src/features/sync/engine/recovery-key.ts'
import { syncApi, type FetchLike, type SyncApi } from '../../src/features/sync/engine/sync-api.ts'
import { deriveSyncKeys, type SyncKeys } from '../../src/features/sync/engine/sync-keys.ts'
import { runSyncRound } from '../../src/features/sync/engine/sync-round.ts'

/*
 * Simulated devices for sync tests: each has its own fake IndexedDB and clock and runs the real
 * sync engine against the real server app. Their requests go through Fastify's inject (the whole
 * HTTP handling of the server, without a socket), through a fault injector the test controls.
 */

/** What the network does to the next requests. */
export interface Faults {
  /** The request never leaves the device. */
  offline: boolean
  /** The server handles the nth request from now (1 = the next), then its answer is lost. */
  loseAnswerOf: number
  /** Pages of ops come back with some ops twice and in shuffled order. */
  messyPages: boolean
  /** The next push is cut off half way: the server gets half its body. */
  cutNextPush?: boolean
  /** The next push reaches the server twice (a network that repeats a request). */
  repeatNextPush?: boolean
  /** Runs once after the server has handled the next request (to restart it mid-sync, say). */
  afterNextRequest?: () => Promise<void>
  /** One bit of the first op in the next page of ops is flipped on the way. */
  flipBitInNextPage?: boolean
}

function flipOneBit(base64url: string): string {
  const bytes = Buffer.from(base64url, 'base64url')
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01
  return bytes.toString('base64url')
}

export function injectFetch(getApp: () => FastifyInstance, faults: Faults, seed = 1): FetchLike {
  let random = seed
  const next = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31
    return random / 2 ** 31
  }
  return async (url, init) => {
    if (faults.offline) throw new TypeError('fetch failed')
    const parsed = new URL(url, 'http://harbour.test')
    const isPush = init.method === 'POST' && parsed.pathname.endsWith('/ops')
    let payload = init.body as string | undefined
    if (isPush && faults.cutNextPush && payload !== undefined) {
      faults.cutNextPush = false
      payload = payload.slice(0, Math.floor(payload.length / 2))
    }
    const send = () =>
      getApp().inject({
        method: (init.method ?? 'GET') as 'GET',
        url: parsed.pathname + parsed.search,
        headers: init.headers as Record<string, string>,
        ...(payload === undefined ? {} : { payload }),
      })
    if (isPush && faults.repeatNextPush) {
      faults.repeatNextPush = false
      await send()
    }
    const response = await send()
    const after = faults.afterNextRequest
    if (after) {
      faults.afterNextRequest = undefined
      await after()
    }
    if (faults.loseAnswerOf > 0) {
      faults.loseAnswerOf -= 1
      if (faults.loseAnswerOf === 0) throw new TypeError('fetch failed: the answer was lost')
    }
    let body = response.body
    if (faults.flipBitInNextPage && init.method === 'GET' && parsed.pathname.endsWith('/ops')) {
      const page = JSON.parse(body) as { ops: { ct: string }[] }
      if (page.ops[0]) {
        faults.flipBitInNextPage = false
        page.ops[0] = { ...page.ops[0], ct: flipOneBit(page.ops[0].ct) }
        body = JSON.stringify(page)
      }
    }
    if (faults.messyPages && init.method === 'GET' && parsed.pathname.endsWith('/ops')) {
      const page = JSON.parse(body) as { ops: unknown[] }
      const ops = [...page.ops, ...page.ops.filter(() => next() < 0.3)]
      for (let i = ops.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[ops[i], ops[j]] = [ops[j], ops[i]]
      }
      body = JSON.stringify({ ...page, ops })
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, String(value))
    }
    const empty = response.statusCode === 204 || response.statusCode === 304
    return new Response(empty ? null : body, { status: response.statusCode, headers })
  }
}

export interface TestSyncDevice {
  name: string
  database: HarbourDatabase
  faults: Faults
  keys: SyncKeys
  api: SyncApi
  /** Makes this device the one the db modules work on; call before every step on it. */
  use(): void
  /** One sync round; throws what the engine throws. */
  sync(options?: { snapshotEvery?: number }): Promise<void>
}

export interface DeviceOptions {
  name: string
  recoveryKey: string
  getApp: () => FastifyInstance
  /** Milliseconds this device's clock is ahead (negative: behind). */
  clockOffset?: number
  seed?: number
}

export async function syncDevice(options: DeviceOptions): Promise<TestSyncDevice> {
  const offset = options.clockOffset ?? 0
  const database = new HarbourDatabase(
    { indexedDB: new IDBFactory(), IDBKeyRange },
    () => Date.now() + offset,
  )
  const parsed = parseRecoveryKey(options.recoveryKey)
  if (!parsed.ok) throw new Error('bad recovery key')
  const keys = await deriveSyncKeys(parsed.bytes)
  const faults: Faults = { offline: false, loseAnswerOf: 0, messyPages: false }
  const api = syncApi(keys, {
    baseUrl: '',
    fetch: injectFetch(options.getApp, faults, options.seed),
  })
  const device: TestSyncDevice = {
    name: options.name,
    database,
    faults,
    keys,
    api,
    use: () => setDatabase(database),
    async sync(round = {}) {
      setDatabase(database)
      await runSyncRound({ keys, api, ...round })
    },
  }
  device.use()
  await keepRecoveryKey(options.recoveryKey)
  return device
}

/** A new key with its account made on the server. */
export async function newSyncedKey(getApp: () => FastifyInstance): Promise<string> {
  const recoveryKey = generateRecoveryKey()
  const parsed = parseRecoveryKey(recoveryKey)
  if (!parsed.ok) throw new Error('bad recovery key')
  const faults: Faults = { offline: false, loseAnswerOf: 0, messyPages: false }
  await syncApi(await deriveSyncKeys(parsed.bytes), {
    baseUrl: '',
    fetch: injectFetch(getApp, faults),
  }).createAccount()
  return recoveryKey
}
