/**
 * The sync server under load, on loopback only: the real server (server/main.ts, in its own
 * process) on SQLite and on a throwaway PostgreSQL, 100 accounts, and autocannon with 100
 * connections, each pushing 20 ops and pulling them back, for a bounded time (30 s, or
 * HARBOUR_BENCH_SYNC_SECONDS). Target: p99 under 50 ms and no errors.
 *
 * Each flat-out run also says how busy the machine was, and how much CPU the server process and
 * this load generator used: latency on a shared 2-core machine means little without them.
 * The server logs at `npm start`'s level (info) unless HARBOUR_BENCH_SYNC_LOG_LEVEL says otherwise.
 * HARBOUR_BENCH_SYNC_STORES=sqlite (or postgres) runs one store only; HARBOUR_BENCH_SYNC_PROFILE=<dir>
 * writes V8 CPU profiles of each server process under it (node --cpu-prof), a folder per store.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { createDist } from '../server/testing/fixtures.ts'
import { startThrowawayPostgres } from '../server/testing/postgres-cluster.ts'
import { testDevice, type TestDevice } from '../server/testing/sync-client.ts'

const root = path.resolve(import.meta.dirname, '..')
const ACCOUNTS = 100
const CONNECTIONS = 100
const BATCH = 20
const TARGET_P99_MS = 50
const SECONDS = Number(process.env.HARBOUR_BENCH_SYNC_SECONDS ?? 30)
const WARM_UP_SECONDS = 2
/** A second, shorter run at the pace the default limit allows a client: 60 requests a minute. */
const PACED_SECONDS = Math.min(SECONDS, 10)
const STORES = (process.env.HARBOUR_BENCH_SYNC_STORES ?? 'sqlite,postgres').split(',')
const PROFILE_DIR = process.env.HARBOUR_BENCH_SYNC_PROFILE
/** The per-account and per-client limits would stop a load test at once; they are raised here. */
const BENCH_LIMITS = {
  HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE: '1000000',
  HARBOUR_SYNC_NEW_ACCOUNTS_PER_HOUR: '1000',
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Clock ticks a second in /proc (USER_HZ): 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100

/** CPU seconds a process has used, in all and in the kernel, from /proc; null without /proc. */
function processCpuSeconds(pid: number | undefined): { all: number; kernel: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The fields after the command name (which may hold spaces) in brackets.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const user = Number(fields[11]) / TICKS_PER_SECOND
    const kernel = Number(fields[12]) / TICKS_PER_SECOND
    return { all: user + kernel, kernel }
  } catch {
    return null
  }
}

/** Busy and total CPU time of the whole machine so far, all cores together. */
function machineCpu(): { busy: number; total: number } {
  let busy = 0
  let total = 0
  for (const { times } of cpus()) {
    busy += times.user + times.nice + times.sys + times.irq
    total += times.user + times.nice + times.sys + times.irq + times.idle
  }
  return { busy, total }
}

interface CpuShares {
  /** The whole machine, as a share of all its cores. */
  machine: number
  /** The server process and this load generator, as a share of one core. */
  server: number | null
  /** The part of the server's share spent in the kernel (the network, mostly). */
  serverKernel: number | null
  loadGenerator: number
}

/** Starts counting CPU use; the function it gives back says what was used since. */
function countCpu(serverPid: number | undefined): () => CpuShares {
  const started = performance.now()
  const machine = machineCpu()
  const server = processCpuSeconds(serverPid)
  const own = process.cpuUsage()
  return () => {
    const seconds = (performance.now() - started) / 1000
    const machineNow = machineCpu()
    const serverNow = processCpuSeconds(serverPid)
    const ownNow = process.cpuUsage(own)
    return {
      machine: (machineNow.busy - machine.busy) / (machineNow.total - machine.total || 1),
      server: server === null || serverNow === null ? null : (serverNow.all - server.all) / seconds,
      serverKernel:
        server === null || serverNow === null ? null : (serverNow.kernel - server.kernel) / seconds,
      loadGenerator: (ownNow.user + ownNow.system) / 1e6 / seconds,
    }
  }
}

interface RunningServer {
  url: string
  pid: number | undefined
  stop(): Promise<void>
}

/** The real server in a process of its own, so the load generator does not share its thread. */
async function startServer(env: Record<string, string>, name: string): Promise<RunningServer> {
  const port = await freePort()
  let output = ''
  const profile = PROFILE_DIR
    ? // A folder per store: tsx's loader thread writes a profile of its own beside the server's.
      ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, name)}`]
    : []
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', 'server/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        ...BENCH_LIMITS,
        HOST: '127.0.0.1',
        PORT: String(port),
        // What `npm start` runs: a log line for every request is part of the cost.
        LOG_LEVEL: process.env.HARBOUR_BENCH_SYNC_LOG_LEVEL ?? 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  // Only the end of the output is kept, for the message when the server does not start.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server did not start:\n${output}`)
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The server did not answer in time:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}

async function createAccounts(url: string): Promise<TestDevice[]> {
  const devices = await Promise.all(Array.from({ length: ACCOUNTS }, () => testDevice()))
  for (const device of devices) {
    const response = await fetch(`${url}/api/v1/accounts/${device.accountId}`, {
      method: 'PUT',
      headers: { ...device.headers, 'content-type': 'application/json' },
      body: '{}',
    })
    if (response.status !== 201) throw new Error(`Could not make an account: ${response.status}`)
  }
  return devices
}

interface Connection {
  device?: TestDevice
  index: number
  counter: number
  lastSeq: number
}

/** Each connection owns one account: push 20 new ops, then pull the 20 it just pushed, again. */
function syncRequests(devices: TestDevice[]): autocannon.Request[] {
  let next = 0
  // Ids never repeat across runs, so every push stores new ops.
  const run = randomBytes(4).toString('hex')
  // Ciphertext is opaque to the server, so a few random blobs (of one padded size) do.
  const blobs = Array.from({ length: 8 }, () => randomBytes(256 + 16).toString('base64url'))
  const iv = randomBytes(12).toString('base64url')
  const own = (context: object): Connection & { device: TestDevice } => {
    const connection = context as Connection
    if (!connection.device) {
      connection.index = next++
      connection.device = devices[connection.index % devices.length]
      connection.counter = 0
      connection.lastSeq = 0
    }
    return connection as Connection & { device: TestDevice }
  }
  return [
    {
      method: 'POST',
      setupRequest(request, context) {
        const connection = own(context)
        const ops = Array.from({ length: BATCH }, () => {
          connection.counter += 1
          // Padded with "_", which no number holds: padded with "0", op 1 and op 10 were one id.
          const id = `${run}-${connection.index}-${connection.counter}`.padEnd(16, '_')
          return `{"id":"${id}","iv":"${iv}","ct":"${blobs[connection.counter % blobs.length]}"}`
        })
        return {
          ...request,
          path: `/api/v1/accounts/${connection.device.accountId}/ops`,
          headers: { ...connection.device.headers, 'content-type': 'application/json' },
          body: `{"ops":[${ops.join(',')}]}`,
        }
      },
      onResponse(status, body, context) {
        if (status !== 200) return
        const acks = (JSON.parse(body) as { acks: Array<{ seq: number }> }).acks
        ;(context as Connection).lastSeq = acks.at(-1)?.seq ?? 0
      },
    },
    {
      method: 'GET',
      setupRequest(request, context) {
        const connection = own(context)
        const after = Math.max(0, connection.lastSeq - BATCH)
        return {
          ...request,
          path: `/api/v1/accounts/${connection.device.accountId}/ops?after=${after}&limit=${BATCH}`,
          headers: connection.device.headers,
          body: undefined,
        }
      },
    },
  ]
}

interface Figures {
  requestsPerSecond: number
  total: number
  p50: number
  p99: number
  errors: number
  notes: string[]
  cpu?: CpuShares
}

function fromAutocannon(result: autocannon.Result): Figures {
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    notes: [
      ...(result.non2xx ? [`${result.non2xx} not 2xx`] : []),
      ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
    ],
  }
}

function describe(label: string, figures: Figures): string {
  const met = figures.p99 < TARGET_P99_MS && figures.errors === 0
  const number = (value: number) => Math.round(value).toLocaleString('en-GB')
  const percent = (share: number) => `${Math.round(share * 100)}%`
  const cpu = figures.cpu
  const details = [
    `${number(figures.total)} requests`,
    ...figures.notes,
    ...(cpu
      ? [
          `machine ${percent(cpu.machine)} busy`,
          ...(cpu.server === null
            ? []
            : [
                `server process ${percent(cpu.server)} of a core ` +
                  `(${percent(cpu.serverKernel ?? 0)} in the kernel), ` +
                  `${((cpu.server * 1000) / figures.requestsPerSecond).toFixed(2)} ms CPU a request`,
              ]),
          `load generator ${percent(cpu.loadGenerator)} of a core`,
        ]
      : []),
  ]
  return (
    `    ${label}: ${number(figures.requestsPerSecond)} requests/s, p50 ${figures.p50} ms, ` +
    `p99 ${figures.p99} ms, ${figures.errors} errors (${details.join(', ')}); ` +
    `target p99 under ${TARGET_P99_MS} ms and zero errors: ${met ? 'met' : 'NOT met'}`
  )
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Every client syncing at the fastest pace the default limit allows (one request a second,
 * alternately a push of 20 ops and a pull of them), their start times spread evenly over the
 * first second as real devices' would be.
 */
async function pacedRun(url: string, devices: TestDevice[], seconds: number): Promise<Figures> {
  const latencies: number[] = []
  let errors = 0
  const run = randomBytes(4).toString('hex')
  const blob = randomBytes(256 + 16).toString('base64url')
  const iv = randomBytes(12).toString('base64url')
  const deadline = performance.now() + seconds * 1000
  await Promise.all(
    devices.map(async (device, index) => {
      await sleep((index * 1000) / devices.length)
      const base = `${url}/api/v1/accounts/${device.accountId}/ops`
      let counter = 0
      let lastSeq = 0
      for (let push = true; performance.now() < deadline; push = !push) {
        const started = performance.now()
        const ops = Array.from({ length: BATCH }, () => ({
          id: `${run}-${index}-${++counter}`.padEnd(16, '_'),
          iv,
          ct: blob,
        }))
        try {
          const response = push
            ? await fetch(base, {
                method: 'POST',
                headers: { ...device.headers, 'content-type': 'application/json' },
                body: JSON.stringify({ ops }),
              })
            : await fetch(`${base}?after=${Math.max(0, lastSeq - BATCH)}&limit=${BATCH}`, {
                headers: device.headers,
              })
          const body = await response.text()
          latencies.push(performance.now() - started)
          if (!response.ok) errors += 1
          else if (push) {
            lastSeq = (JSON.parse(body) as { acks: Array<{ seq: number }> }).acks.at(-1)?.seq ?? 0
          }
        } catch {
          errors += 1
        }
        await sleep(Math.max(0, 1000 - (performance.now() - started)))
      }
    }),
  )
  const sorted = [...latencies].sort((a, b) => a - b)
  const at = (fraction: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN)
  return {
    requestsPerSecond: latencies.length / seconds,
    total: latencies.length,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    notes: [],
  }
}

async function measure(name: string, env: Record<string, string>): Promise<string[]> {
  const server = await startServer(env, name)
  try {
    const devices = await createAccounts(server.url)
    const flatOut = (duration: number) =>
      autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration,
        requests: syncRequests(devices),
        timeout: 10,
      })
    // A short unmeasured run first, so the figures describe a warmed-up server.
    await flatOut(WARM_UP_SECONDS)
    let cpuUsed = countCpu(server.pid)
    const saturated = { ...fromAutocannon(await flatOut(SECONDS)), cpu: cpuUsed() }
    cpuUsed = countCpu(server.pid)
    const paced = { ...(await pacedRun(server.url, devices, PACED_SECONDS)), cpu: cpuUsed() }
    return [
      `  ${name}:`,
      describe(`every connection as fast as it can go, ${SECONDS} s`, saturated),
      describe(
        `every client at 1 request a second (the default per-account limit), ${PACED_SECONDS} s`,
        paced,
      ),
    ]
  } finally {
    await server.stop()
  }
}

export async function benchSyncLoad(): Promise<string[]> {
  const dist = await createDist()
  const dataDir = await mkdtemp(path.join(tmpdir(), 'harbour-bench-sync-'))
  const postgres = STORES.includes('postgres') ? await startThrowawayPostgres() : undefined
  try {
    const base = { HARBOUR_DIST_DIR: dist.distDir, HARBOUR_DATA_DIR: dataDir }
    const sqlite = STORES.includes('sqlite') ? await measure('SQLite', base) : []
    const pg = postgres ? await measure('PostgreSQL', { ...base, DATABASE_URL: postgres.url }) : []
    return [
      `Sync server under load: ${ACCOUNTS} accounts, ${CONNECTIONS} connections each pushing ${BATCH} ops and pulling ${BATCH} back, after a ${WARM_UP_SECONDS} s warm-up, on loopback`,
      `  (rate limits raised for the bench: ${Object.entries(BENCH_LIMITS)
        .map(([key, value]) => `${key}=${value}`)
        .join(
          ', ',
        )}; the defaults are 60 requests a minute per account and 5 new accounts an hour per client)`,
      ...sqlite,
      ...pg,
    ]
  } finally {
    await postgres?.stop()
    await rm(dataDir, { recursive: true, force: true })
    await dist.cleanup()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of await benchSyncLoad()) console.log(line)
}
