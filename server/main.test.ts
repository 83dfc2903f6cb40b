import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BUILT_AREA_FILE } from '../scripts/vite-plugin-area.ts'
import { repoRoot } from './config.ts'
import { createDist, OUTSIDE_SECRET, PAGES, type DistFixture } from './testing/fixtures.ts'
import { freshSchemaUrl } from './testing/postgres-schemas.ts'
import { fakeOp, testDevice } from './testing/sync-client.ts'

interface ServerProcess {
  child: ChildProcess
  output(): string
  exited: Promise<number | null>
}

function startServer(env: Record<string, string>): ServerProcess {
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, output: () => output, exited }
}

/** The start-up line names the address, which is how a PORT=0 server tells us its port. */
async function listeningUrl(server: ServerProcess): Promise<string> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const match = /Harbour listening at (http:\/\/[\d.]+:\d+)/.exec(server.output())
    if (match?.[1]) return match[1]
    if (server.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`The server did not start:\n${server.output()}`)
}

/** fetch() cleans up `..` in URLs; a raw request sends the path exactly as an attacker would. */
function rawGet(
  url: string,
  rawPath: string,
): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const req = request(
      { host: target.hostname, port: target.port, path: rawPath, method: 'GET' },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the server process', () => {
  let dist: DistFixture
  let dataDir: string

  beforeAll(async () => {
    dist = await createDist()
    dataDir = await mkdtemp(path.join(tmpdir(), 'harbour-data-'))
  })

  afterAll(async () => {
    await dist.cleanup()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('serves /healthz over HTTP and exits 0 on SIGTERM', async () => {
    const server = startServer({ HARBOUR_DIST_DIR: dist.distDir, HARBOUR_DATA_DIR: dataDir })
    try {
      const url = await listeningUrl(server)

      const health = await fetch(`${url}/healthz`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok' })
      expect(existsSync(path.join(dataDir, 'harbour.sqlite'))).toBe(true)

      for (const rawPath of [
        '/../secret.txt',
        '/../../secret.txt',
        '/assets/../../secret.txt',
        '/%2e%2e/secret.txt',
        '/..\\secret.txt',
        '/\\..\\secret.txt',
      ]) {
        const response = await rawGet(url, rawPath)
        expect(response.status, rawPath).toBe(404)
        expect(response.body, rawPath).not.toContain(OUTSIDE_SECRET)
      }
      const backslash = await rawGet(url, '/\\evil.example/')
      expect(backslash.status).toBe(404)

      // Targets Fastify would otherwise answer itself, without security headers.
      for (const rawPath of ['*', '/%zz', '/%C3']) {
        const response = await rawGet(url, rawPath)
        expect(response.status, rawPath).toBe(404)
        expect(response.headers['x-frame-options'], rawPath).toBe('DENY')
      }
      const absolute = await rawGet(url, 'http://example.com/help')
      expect(absolute.status).toBe(200)
      expect(absolute.body).toBe(PAGES.help)

      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
      expect(server.output()).toContain('"msg":"stopped"')
    } finally {
      server.child.kill('SIGKILL')
    }
  }, 30_000)

  it('keeps sync data in PostgreSQL when DATABASE_URL is set, shared by two processes', async () => {
    const { url: databaseUrl } = await freshSchemaUrl(inject('postgresUrl'))
    const ownData = await mkdtemp(path.join(tmpdir(), 'harbour-data-'))
    const env = {
      HARBOUR_DIST_DIR: dist.distDir,
      HARBOUR_DATA_DIR: ownData,
      DATABASE_URL: databaseUrl,
      HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE: '100000',
    }
    // Both start at the same moment, so both try to set up the schema at once.
    const servers = [startServer(env), startServer(env)]
    try {
      const urls = await Promise.all(servers.map(listeningUrl))
      const device = await testDevice()
      const call = (server: number, method: string, suffix: string, body?: unknown) =>
        fetch(`${urls[server % 2]}/api/v1/accounts/${device.accountId}${suffix}`, {
          method,
          headers: { ...device.headers, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      expect((await call(0, 'PUT', '', {})).status).toBe(201)
      const batches = Array.from({ length: 10 }, () => Array.from({ length: 5 }, () => fakeOp()))
      const pushed = await Promise.all(batches.map((ops, i) => call(i, 'POST', '/ops', { ops })))
      expect(pushed.map((response) => response.status)).toEqual(batches.map(() => 200))

      const read = (await (await call(1, 'GET', '/ops?after=0&limit=200')).json()) as {
        ops: Array<{ id: string; seq: number }>
      }
      expect(read.ops.map((op) => op.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
      expect(new Set(read.ops.map((op) => op.id))).toEqual(
        new Set(batches.flat().map((op) => op.id)),
      )
      expect(existsSync(path.join(ownData, 'harbour.sqlite'))).toBe(false)

      for (const server of servers) server.child.kill('SIGTERM')
      expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0])
      const password = new URL(databaseUrl).password
      for (const server of servers) {
        expect(server.output()).not.toContain(password)
        expect(server.output()).not.toContain(device.accountId)
      }
    } finally {
      for (const server of servers) server.child.kill('SIGKILL')
      await rm(ownData, { recursive: true, force: true })
    }
  }, 30_000)

  it('says to build first when there is no built app', async () => {
    const server = startServer({
      HARBOUR_DIST_DIR: path.join(dist.root, 'missing'),
      HARBOUR_DATA_DIR: dataDir,
    })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('Run "npm run build" first')
  }, 30_000)

  it('refuses to serve a build for one area as another area', async () => {
    await writeFile(path.join(dist.distDir, BUILT_AREA_FILE), 'riverside\n')
    try {
      const server = startServer({
        HARBOUR_DIST_DIR: dist.distDir,
        HARBOUR_DATA_DIR: dataDir,
        HARBOUR_AREA: 'demo',
      })
      expect(await server.exited).toBe(1)
      expect(server.output().trim()).toBe(
        `harbour: HARBOUR_AREA is "demo", but the app in ${dist.distDir} was built for the area "riverside": build it again for "demo", or leave HARBOUR_AREA unset to serve "riverside"`,
      )
    } finally {
      await rm(path.join(dist.distDir, BUILT_AREA_FILE), { force: true })
    }
  }, 30_000)

  it('names a bad variable and exits 1', async () => {
    const server = startServer({ HARBOUR_DIST_DIR: dist.distDir, PORT: 'abc' })
    expect(await server.exited).toBe(1)
    expect(server.output().trim()).toBe(
      'harbour: Invalid environment variable PORT="abc": must be a whole number from 0 to 65535',
    )
  }, 30_000)
})
