import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../app.ts'
import { repoRoot } from '../config.ts'
import { createDist, fakeStore, type DistFixture } from '../testing/fixtures.ts'
import { DirectoryFeed } from './directory-feed.ts'

interface OrukPage {
  contents: Array<{ id: string; name: string }>
  [key: string]: unknown
}

const demoPage = JSON.parse(
  readFileSync(path.join(repoRoot, 'areas/demo/services.json'), 'utf8'),
) as OrukPage

/** A stand-in for an area's Open Referral API, on loopback, whose answer a test can change. */
async function startFeedServer() {
  const feed = { status: 200, body: JSON.stringify(demoPage) }
  const server: Server = createServer((_request, response) => {
    response.writeHead(feed.status, { 'content-type': 'application/json' }).end(feed.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    feed,
    url: `http://127.0.0.1:${port}/services`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const silent = { info() {}, warn() {}, error() {} } as never

let dist: DistFixture
let dataDir: string
let source: Awaited<ReturnType<typeof startFeedServer>>
const apps: FastifyInstance[] = []

beforeEach(async () => {
  dist = await createDist()
  dataDir = await mkdtemp(path.join(tmpdir(), 'harbour-feed-'))
  source = await startFeedServer()
})

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close()
  await source.close()
  await dist.cleanup()
  await rm(dataDir, { recursive: true, force: true })
})

async function serverWithFeed() {
  const feed = new DirectoryFeed({
    area: 'demo',
    source: source.url,
    root: repoRoot,
    file: path.join(dataDir, 'directory', 'demo.json'),
    intervalMs: 60 * 60_000,
    timeoutMs: 5_000,
  })
  const app = await buildApp({ distDir: dist.distDir, store: fakeStore(), directoryFeed: feed })
  apps.push(app)
  await feed.start(silent)
  await feed.refresh()
  return { app, feed }
}

describe('the directory feed', () => {
  it('offers the area feed, imported and checked, at /api/v1/directory', async () => {
    const renamed = structuredClone(demoPage)
    const [first] = renamed.contents
    if (!first) throw new Error('The demo feed has no services')
    first.name = 'A name changed at the source'
    source.feed.body = JSON.stringify(renamed)
    const { app } = await serverWithFeed()

    const response = await app.inject('/api/v1/directory')
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
    const bundle = response.json<{ area: string; services: Array<{ name: string }> }>()
    expect(bundle.area).toBe('demo')
    expect(bundle.services).toHaveLength(demoPage.contents.length)
    expect(bundle.services.map((s) => s.name)).toContain('A name changed at the source')

    const again = await app.inject({
      url: '/api/v1/directory',
      headers: { 'if-none-match': String(response.headers.etag) },
    })
    expect(again.statusCode).toBe(304)

    const zipped = await app.inject({
      url: '/api/v1/directory',
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(bundle)
  })

  it('keeps the last good bundle when the feed fails or sends nothing usable', async () => {
    const { app, feed } = await serverWithFeed()
    const before = (await app.inject('/api/v1/directory')).body

    source.feed.status = 500
    await feed.refresh()
    expect((await app.inject('/api/v1/directory')).body).toBe(before)

    source.feed.status = 200
    source.feed.body = '{"contents": [{"id": "broken"}], "total_items": 1}'
    await feed.refresh()
    expect((await app.inject('/api/v1/directory')).body).toBe(before)
  })

  it('keeps the last bundle when a refresh has lost most of its services', async () => {
    const { app, feed } = await serverWithFeed()
    const before = (await app.inject('/api/v1/directory')).body

    const shrunk = structuredClone(demoPage)
    shrunk.contents = shrunk.contents.slice(0, 5)
    source.feed.body = JSON.stringify({ ...shrunk, total_items: 5, size: 5 })
    await feed.refresh()
    expect((await app.inject('/api/v1/directory')).body).toBe(before)
  })

  it('serves the kept bundle after a restart, before the feed answers', async () => {
    const first = await serverWithFeed()
    const kept = (await first.app.inject('/api/v1/directory')).json<{ generatedAt: string }>()
    await first.app.close()

    source.feed.status = 503
    const { app } = await serverWithFeed()
    const after = (await app.inject('/api/v1/directory')).json<{ generatedAt: string }>()
    expect(after.generatedAt).toBe(kept.generatedAt)
  })

  it('answers 404 when the area has no feed', async () => {
    const app = await buildApp({ distDir: dist.distDir, store: fakeStore() })
    apps.push(app)
    const response = await app.inject('/api/v1/directory')
    expect(response.statusCode).toBe(404)
    expect(response.headers['cache-control']).toBe('no-store')
  })
})
