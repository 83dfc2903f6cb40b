/**
 * The first sync of a new device, end to end: the real server (server/main.ts, SQLite in a
 * temporary folder) on loopback, one account holding 10,000 records sent by the real sync engine
 * from a simulated device in Node, then a fresh Chromium profile on the built app joining with the
 * key through Settings. Timed from pressing "Use this key" until every record is in the page's
 * IndexedDB. Target: under 5 s. Measured twice: with the snapshot the first device leaves (what
 * a new device normally finds), and with only the ops, page by page.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { launchChromium } from '../scripts/chromium.ts'
import { startServer } from '../scripts/local-server.ts'
import { addCheckIn } from '../src/db/check-ins.ts'
import { setDatabase } from '../src/db/database.ts'
import { addGoal, archiveGoal } from '../src/db/goals.ts'
import type { Mood } from '../src/db/rows.ts'
import { HarbourDatabase } from '../src/db/schema.ts'
import { keepRecoveryKey } from '../src/db/sync/sync-key.ts'
import { markSent, readOutgoing } from '../src/db/sync/sync-store.ts'
import { opAdditionalData, sealPadded } from '../src/features/sync/engine/op-sealing.ts'
import {
  generateRecoveryKey,
  groupRecoveryKey,
  parseRecoveryKey,
} from '../src/features/sync/engine/recovery-key.ts'
import { syncApi, type SyncApi } from '../src/features/sync/engine/sync-api.ts'
import { deriveSyncKeys, opIdFor, type SyncKeys } from '../src/features/sync/engine/sync-keys.ts'
import { PAGE, runSyncRound } from '../src/features/sync/engine/sync-round.ts'

const root = path.resolve(import.meta.dirname, '..')
const CHECK_INS = 9_900
const GOALS = 100
const RECORDS = CHECK_INS + GOALS
const RUNS = 3
const TARGET_SECONDS = 5
/**
 * Seeding one account sends 50 pages and reads them back within a minute, past the default 60
 * requests a minute an account; and the bench makes more accounts than a client may in an hour.
 */
const BENCH_LIMITS = {
  HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE: '100000',
  HARBOUR_SYNC_NEW_ACCOUNTS_PER_HOUR: '1000',
}
const API_PATH = /\/api\/v1\/accounts\/[^/]+(\/ops|\/snapshot)?/

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Sends everything waiting, as the engine's push does, without the pull and snapshot that end
 * a full round: the account is left with only ops.
 */
async function pushEverything(keys: SyncKeys, api: SyncApi): Promise<void> {
  for (;;) {
    const batch = await readOutgoing(keys.encKey, PAGE)
    if (batch.changes.length === 0 && batch.unchanged.length === 0) return
    const ops = await Promise.all(
      batch.changes.map(async ({ marker, change }) => {
        const id = await opIdFor(keys, marker.key, marker.at)
        return {
          id,
          ...(await sealPadded(keys.encKey, change, opAdditionalData(keys.accountId, id))),
        }
      }),
    )
    const acks = new Map((await api.push(ops)).acks.map((ack) => [ack.id, ack.seq]))
    await markSent(
      batch,
      ops.map((op) => {
        const seq = acks.get(op.id)
        if (seq === undefined) throw new Error('The server did not acknowledge a change')
        return seq
      }),
    )
  }
}

const FEELINGS = ['happy', 'calm', 'tired', 'worried', 'stressed', 'sad', 'hopeful', 'proud']
const HAPPENINGS = ['school', 'friends', 'family', 'sleep', 'health', 'online', 'money']

/**
 * A device in Node (its own fake IndexedDB) that makes an account, writes the records the way
 * the app does (so each is tracked for sync) and sends them all. With a snapshot, it then runs a
 * full round of the real engine, which reads its changes back and leaves a snapshot.
 */
async function seedAccount(serverUrl: string, withSnapshot: boolean): Promise<string> {
  setDatabase(new HarbourDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }))
  const recoveryKey = generateRecoveryKey()
  const parsed = parseRecoveryKey(recoveryKey)
  if (!parsed.ok) throw new Error('A new recovery key did not read back')
  const keys = await deriveSyncKeys(parsed.bytes)
  const api = syncApi(keys, { baseUrl: serverUrl, fetch: (url, init) => fetch(url, init) })
  await api.createAccount()
  await keepRecoveryKey(recoveryKey)

  const today = new Date()
  for (let index = 0; index < CHECK_INS; index++) {
    // Three a day, going back from today.
    const at = new Date(today.getTime() - index * 8 * 60 * 60 * 1000)
    await addCheckIn({
      at: at.toISOString(),
      mood: (1 + ((index * 7 + Math.floor(index / 9)) % 5)) as Mood,
      feelings: [FEELINGS[index % FEELINGS.length] as string],
      happenings: [HAPPENINGS[index % HAPPENINGS.length] as string],
      note: `Check-in ${index}. Saw my friends at lunch and tried to get to bed a bit earlier.`,
    })
  }
  for (let index = 0; index < GOALS; index++) {
    const goal = await addGoal(`Goal ${index}: go for a walk after school`)
    // At most three goals are active at once: the earlier ones are done.
    if (index < GOALS - 3) await archiveGoal(goal.id)
  }

  await pushEverything(keys, api)
  if (withSnapshot) await runSyncRound({ keys, api })
  return recoveryKey
}

/** Counts the records the page's IndexedDB holds, with the browser's own API. */
function countInPage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const known = await indexedDB.databases()
    if (!known.some((info) => info.name === 'harbour')) return 0
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('harbour')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    try {
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          const request = database.transaction(store).objectStore(store).count()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error ?? new Error('count failed'))
        })
      return (await count('checkIns')) + (await count('goals'))
    } finally {
      database.close()
    }
  })
}

interface ApiCall {
  what: string
  startedMs: number
  endedMs: number
  bytes: number
}

interface JoinResult {
  ms: number
  snapshotUsed: boolean
  calls: ApiCall[]
  /** Main-thread time in the page's JavaScript, by the kind of work. */
  profile?: Map<string, number>
}

/** The sync API calls a page makes, with when each began and ended (Node's clock). */
function recordApiCalls(page: Page): ApiCall[] {
  const calls: ApiCall[] = []
  const started = new Map<object, number>()
  page.on('request', (request) => {
    if (API_PATH.test(request.url())) started.set(request, performance.now())
  })
  page.on('requestfinished', async (request) => {
    const startedMs = started.get(request)
    if (startedMs === undefined) return
    const endedMs = performance.now()
    const response = await request.response()
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }))
    const url = new URL(request.url())
    const kind = url.pathname.match(API_PATH)?.[1] ?? ''
    calls.push({
      what: `${request.method()} ${kind || '/'}${url.search} → ${response?.status() ?? '?'}`,
      startedMs,
      endedMs,
      bytes: sizes.responseBodySize,
    })
  })
  return calls
}

/** Where the page's main thread spent its time, by the script function that did the work. */
async function profileSummary(cdp: CDPSession): Promise<Map<string, number>> {
  const { profile } = await cdp.send('Profiler.stop')
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map<string, number>()
  const deltas = profile.timeDeltas ?? []
  for (const [index, id] of (profile.samples ?? []).entries()) {
    const node = byId.get(id)
    if (!node) continue
    const frame = node.callFrame
    const file = frame.url.split('/').pop() ?? ''
    const name = frame.functionName || '(anonymous)'
    const label = `${name}\u0000${file}`
    totals.set(label, (totals.get(label) ?? 0) + (deltas[index] ?? 0) / 1000)
  }
  return totals
}

/** A fresh profile opens Settings, joins with the key, and waits for every record to arrive. */
async function joinOnce(
  browser: Browser,
  baseUrl: string,
  recoveryKey: string,
  profile: boolean,
): Promise<JoinResult> {
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const calls = recordApiCalls(page)
    await page.goto('/settings')
    await page.waitForSelector('html[data-ready]', { state: 'attached' })
    // tsx keeps function names by wrapping them in a `__name` helper, which the page lacks.
    await page.evaluate('globalThis.__name ??= (fn) => fn')
    await page.getByRole('button', { name: 'I already have a recovery key' }).click()
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(groupRecoveryKey(recoveryKey))
    const cdp = profile ? await context.newCDPSession(page) : undefined
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }

    const started = performance.now()
    await page.getByRole('button', { name: 'Use this key' }).click()
    for (;;) {
      if ((await countInPage(page)) >= RECORDS) break
      if (performance.now() - started > 120_000) {
        throw new Error(`Not every record arrived within 120 s (${await countInPage(page)})`)
      }
      await page.waitForTimeout(25)
    }
    const ms = performance.now() - started
    const summary = cdp ? await profileSummary(cdp) : undefined
    await page.getByText('Sync is on. Your synced things are coming onto this device.').waitFor()
    const fromStart = calls.map((call) => ({
      ...call,
      startedMs: call.startedMs - started,
      endedMs: call.endedMs - started,
    }))
    return {
      ms,
      snapshotUsed: fromStart.some(
        (call) => call.what.startsWith('GET /snapshot') && /200$/.test(call.what),
      ),
      calls: fromStart
        .filter((call) => call.startedMs >= 0)
        .sort((x, y) => x.startedMs - y.startedMs),
      ...(summary ? { profile: summary } : {}),
    }
  } finally {
    await context.close()
  }
}

/** Where the time went in one join: the API calls one after another, and what came between. */
function describeTimeline(run: JoinResult): string[] {
  const calls = run.calls.filter((call) => call.startedMs < run.ms)
  const first = calls[0]
  const last = calls.at(-1)
  if (!first || !last) return ['    no API calls were seen']
  const network = calls.reduce((sum, call) => sum + (call.endedMs - call.startedMs), 0)
  const between = calls
    .slice(1)
    .reduce((sum, call, index) => sum + call.startedMs - (calls[index] as ApiCall).endedMs, 0)
  const bytes = calls.reduce((sum, call) => sum + call.bytes, 0)
  const kinds = new Map<string, number>()
  for (const call of calls) {
    const kind = call.what.replace(/\?.*? →/, ' →')
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
  }
  return [
    `    ${calls.length} API calls: ${[...kinds].map(([kind, count]) => `${count}× ${kind}`).join(', ')}; ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MB of answers`,
    `    split: ${seconds(first.startedMs)} before the first call (deriving keys, the form), ` +
      `${seconds(network)} waiting on answers, ${seconds(between)} between calls (opening, merging and ` +
      `storing each page), ${seconds(run.ms - last.endedMs)} after the last answer until all were stored`,
  ]
}

const IDB = new Set(['get', 'put', 'add', 'delete', 'count', 'getAll', 'getAllKeys', 'openCursor'])
const CRYPTO = new Set([
  'encrypt',
  'decrypt',
  'sign',
  'digest',
  'importKey',
  'deriveBits',
  'deriveKey',
])

/** Main-thread self time grouped into the kinds of work a first sync does. */
function describeProfile(profile: Map<string, number>): string[] {
  const groups = new Map<string, number>()
  for (const [label, ms] of profile) {
    const [name = '', file = ''] = label.split('\u0000')
    let group: string
    if (name === '(idle)') group = 'idle (waiting on the network, IndexedDB commits, crypto)'
    else if (name === '(garbage collector)') group = 'garbage collection'
    else if (name === '(program)') group = 'browser work outside scripts'
    else if (file === '' && IDB.has(name)) group = 'IndexedDB calls (incl. copying values in)'
    else if (file === '' && CRYPTO.has(name)) group = 'WebCrypto calls'
    else if (file === '' && (name === 'parse' || name === 'stringify')) group = 'JSON'
    else if (file === '') group = `other built-ins`
    else if (file.startsWith('lock-record-'))
      group = 'Dexie and the db layer (merge, rows, sealing)'
    else if (file.startsWith('sync-runner-')) group = 'sync engine'
    else group = 'other app code'
    groups.set(group, (groups.get(group) ?? 0) + ms)
  }
  const storage = [...profile]
    .map(([label, ms]) => [label.split('\u0000'), ms] as const)
    .filter(([[name = '', file = '']]) => file === '' && IDB.has(name))
    .sort((a, b) => b[1] - a[1])
    .map(([[name], ms]) => `${name} ${seconds(ms)}`)
  return [
    `    main thread (profiled run): ` +
      [...groups]
        .sort((a, b) => b[1] - a[1])
        .map(([group, ms]) => `${group} ${seconds(ms)}`)
        .join('; '),
    `    of which IndexedDB calls: ${storage.join(', ')}`,
  ]
}

async function measure(
  browser: Browser,
  baseUrl: string,
  label: string,
  withSnapshot: boolean,
): Promise<string[]> {
  // A device that catches up on ops leaves a snapshot for the next one: without a snapshot, each
  // run needs an account of its own.
  let seedMs = 0
  let recoveryKey = ''
  const seed = async () => {
    const started = performance.now()
    recoveryKey = await seedAccount(baseUrl, withSnapshot)
    seedMs = performance.now() - started
  }
  const runs: JoinResult[] = []
  for (let run = 0; run < RUNS; run++) {
    if (run === 0 || !withSnapshot) await seed()
    runs.push(await joinOnce(browser, baseUrl, recoveryKey, false))
  }
  if (!withSnapshot) await seed()
  const profiled = await joinOnce(browser, baseUrl, recoveryKey, true)
  const times = runs.map((run) => run.ms)
  const middle = median(times)
  const typical = runs.find((run) => run.ms === middle) ?? runs[0]
  const snapshots = runs.filter((run) => run.snapshotUsed).length
  return [
    `  ${label}: ${RECORDS.toLocaleString('en-GB')} records in a median ${seconds(middle)} ` +
      `(${times.map(seconds).join(', ')}), ${Math.round(RECORDS / (middle / 1000)).toLocaleString('en-GB')} records/s; ` +
      `snapshot used: ${snapshots === RUNS ? 'yes' : snapshots === 0 ? 'no' : `${snapshots} of ${RUNS}`}; ` +
      `target under ${TARGET_SECONDS} s ${middle < TARGET_SECONDS * 1000 ? 'met' : 'NOT met'} ` +
      `(seeding the account took ${seconds(seedMs)})`,
    ...(typical ? describeTimeline(typical) : []),
    ...(profiled.profile ? describeProfile(profiled.profile) : []),
  ]
}

/** Runs the first-sync benchmark against the built app and returns its report, a line each. */
export async function benchSyncFirst(): Promise<string[]> {
  const server = await startServer(root, BENCH_LIMITS)
  try {
    const browser = await launchChromium()
    try {
      return [
        `First sync of ${RECORDS.toLocaleString('en-GB')} records (${CHECK_INS.toLocaleString('en-GB')} check-ins with notes, ${GOALS} goals) ` +
          `to a fresh Chromium profile, from "Use this key" until all are in IndexedDB; median of ${RUNS}, on loopback`,
        `  (rate limits raised for the bench: ${Object.entries(BENCH_LIMITS)
          .map(([key, value]) => `${key}=${value}`)
          .join(', ')})`,
        ...(await measure(browser, server.url, 'from the snapshot', true)),
        ...(await measure(browser, server.url, 'from ops only, 200 a page', false)),
      ]
    } finally {
      await browser.close()
    }
  } finally {
    await server.stop()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of await benchSyncFirst()) console.log(line)
}
