import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { hostname } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from './app.ts'
import {
  ASSET_JS,
  createDist,
  DOTFILE_SECRET,
  fakeStore,
  OUTSIDE_SECRET,
  INLINE_CSS,
  PAGES,
  type DistFixture,
  type DistOptions,
} from './testing/fixtures.ts'

const INLINE_CSS_HASH = `sha256-${createHash('sha256').update(INLINE_CSS).digest('base64')}`

const SECURITY_HEADERS = {
  'content-security-policy':
    `default-src 'self'; script-src 'self'; style-src 'self' '${INLINE_CSS_HASH}'; img-src 'self' data:; ` +
    "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy':
    'geolocation=(self), camera=(self), microphone=(), payment=(), usb=(), interest-cohort=()',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
const ONE_DAY = 'public, max-age=86400'

let dist: DistFixture
let app: FastifyInstance

async function appWith(options: DistOptions, store = fakeStore()) {
  const fixture = await createDist(options)
  const instance = await buildApp({ distDir: fixture.distDir, store }).catch(async (error) => {
    await fixture.cleanup()
    throw error
  })
  return {
    app: instance,
    async close() {
      await instance.close()
      await fixture.cleanup()
    },
  }
}

beforeAll(async () => {
  dist = await createDist()
  app = await buildApp({ distDir: dist.distDir, store: fakeStore() })
})

afterAll(async () => {
  await app.close()
  await dist.cleanup()
})

describe('security headers', () => {
  const requests: Array<[string, InjectOptions]> = [
    ['an HTML page', { url: '/help' }],
    ['the home page', { url: '/' }],
    ['an asset', { url: '/assets/app-abc123.js' }],
    ['/healthz', { url: '/healthz' }],
    ['the 404 page', { url: '/no-such-page.txt' }],
    ['an unknown API path', { url: '/api/v1/nothing' }],
    ['a trailing-slash redirect', { url: '/help/' }],
    ['a refused method', { method: 'POST', url: '/help' }],
    ['a malformed path', { url: '/%zz' }],
    ['a HEAD request', { method: 'HEAD', url: '/help' }],
  ]

  it.each(requests)('are on %s', async (_name, request) => {
    const response = await app.inject(request)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers[name], name).toBe(value)
    }
    expect(response.headers['x-powered-by']).toBeUndefined()
  })

  it('are on a 304', async () => {
    const first = await app.inject({ url: '/help' })
    const response = await app.inject({
      url: '/help',
      headers: { 'if-none-match': String(first.headers.etag) },
    })
    expect(response.statusCode).toBe(304)
    expect(response.headers['content-security-policy']).toBe(
      SECURITY_HEADERS['content-security-policy'],
    )
  })

  it('allow no inline code and no insecure upgrade', async () => {
    const csp = String((await app.inject({ url: '/' })).headers['content-security-policy'])
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure-requests/)
  })
})

describe('/healthz', () => {
  it('answers 200 when the store answers', async () => {
    const response = await app.inject({ url: '/healthz' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('answers 503 when the store does not', async () => {
    const failing = await appWith(
      {},
      fakeStore(async () => {
        throw new Error('database is locked')
      }),
    )
    const response = await failing.app.inject({ url: '/healthz' })
    await failing.close()
    expect(response.statusCode).toBe(503)
    expect(response.json()).toEqual({ status: 'unavailable' })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.body).not.toContain('locked')
  })
})

describe('cache rules', () => {
  it.each([
    ['/assets/app-abc123.js', IMMUTABLE, 'text/javascript; charset=utf-8'],
    ['/assets/app-abc123.css', IMMUTABLE, 'text/css; charset=utf-8'],
    ['/index.html', 'no-cache', 'text/html; charset=utf-8'],
    ['/help.html', 'no-cache', 'text/html; charset=utf-8'],
    ['/sw.js', 'no-cache', 'text/javascript; charset=utf-8'],
    ['/registerSW.js', 'no-cache', 'text/javascript; charset=utf-8'],
    ['/preferences.js', 'no-cache', 'text/javascript; charset=utf-8'],
    ['/workbox-5ffe50d4.js', 'no-cache', 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'no-cache', 'application/manifest+json; charset=utf-8'],
    ['/app-routes.json', 'no-cache', 'application/json; charset=utf-8'],
    ['/robots.txt', ONE_DAY, 'text/plain; charset=utf-8'],
    ['/favicon.svg', ONE_DAY, 'image/svg+xml; charset=utf-8'],
  ])('%s: %s', async (url, cacheControl, contentType) => {
    const response = await app.inject({ url })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe(cacheControl)
    expect(response.headers['content-type']).toBe(contentType)
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/)
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.inject({ url: '/assets/app-abc123.css' })
    const etag = String(first.headers.etag)
    const again = await app.inject({
      url: '/assets/app-abc123.css',
      headers: { 'if-none-match': `"other", W/${etag}` },
    })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(etag)
    expect(again.headers['cache-control']).toBe(IMMUTABLE)

    const stale = await app.inject({
      url: '/assets/app-abc123.css',
      headers: { 'if-none-match': '"other"' },
    })
    expect(stale.statusCode).toBe(200)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await app.inject({ url: '/help' })
    const head = await app.inject({ method: 'HEAD', url: '/help' })
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
    expect(head.headers.etag).toBe(get.headers.etag)
  })
})

describe('large files', () => {
  it('streams a file too big to hold in memory, HEAD included', async () => {
    const fixture = await createDist()
    const big = Buffer.alloc(9 * 1024 * 1024, 'a')
    await writeFile(path.join(fixture.distDir, 'screenshots.bin'), big)
    const bigApp = await buildApp({ distDir: fixture.distDir, store: fakeStore() })
    const get = await bigApp.inject({ url: '/screenshots.bin' })
    const head = await bigApp.inject({ method: 'HEAD', url: '/screenshots.bin' })
    await bigApp.close()
    await fixture.cleanup()

    expect(get.statusCode).toBe(200)
    expect(get.rawPayload.equals(big)).toBe(true)
    expect(get.headers['content-length']).toBe(String(big.length))
    expect(get.headers['cache-control']).toBe(ONE_DAY)
    expect(get.headers.etag).toMatch(/^W\/"/)
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(String(big.length))
  })
})

describe('pages', () => {
  it('serves index.html at /', async () => {
    const response = await app.inject({ url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(PAGES.index)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('serves a prerendered page at its extensionless path', async () => {
    const response = await app.inject({ url: '/help?from=home' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(PAGES.help)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it.each(['/self-help/feeling-anxious', '/my-space', '/my-space/history', '/my-space/a/b'])(
    'serves the shell for the app route %s',
    async (url) => {
      const response = await app.inject({ url })
      expect(response.statusCode).toBe(200)
      expect(response.body).toBe(PAGES.shell)
      expect(response.headers['cache-control']).toBe('no-cache')
    },
  )

  it.each([
    '/nowhere',
    '/self-help',
    '/self-help/a/b',
    '/Self-Help/feeling-anxious',
    '/my-spaces',
    '/help.txt',
    '/assets/missing-123.js',
    '/help.html/x',
    '/index',
    '/shell',
    '/404',
  ])('serves the 404 page for %s', async (url) => {
    const response = await app.inject({ url })
    expect(response.statusCode).toBe(404)
    expect(response.body).toBe(PAGES.notFound)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it.each([
    ['/help/', '/help'],
    ['/self-help/feeling-anxious/', '/self-help/feeling-anxious'],
    ['/nowhere/?a=1&b=%20', '/nowhere?a=1&b=%20'],
  ])('redirects %s to %s', async (url, location) => {
    const response = await app.inject({ url })
    expect(response.statusCode).toBe(301)
    expect(response.headers.location).toBe(location)
  })

  it('never redirects to another host', async () => {
    for (const url of ['//evil.example/', '/\\evil.example/', '/%2f%2fevil.example/']) {
      const response = await app.inject({ url })
      expect(response.statusCode, url).not.toBe(301)
      expect(response.headers.location, url).toBeUndefined()
    }
  })

  it('serves the shell for every page path when app-routes.json is missing', async () => {
    const { app: noRoutes, close } = await appWith({ appRoutes: null })
    const page = await noRoutes.inject({ url: '/anything/at/all' })
    const file = await noRoutes.inject({ url: '/anything/at/all.js' })
    await close()
    expect(page.statusCode).toBe(200)
    expect(page.body).toBe(PAGES.shell)
    expect(file.statusCode).toBe(404)
  })

  it('answers a plain "Not found" when there is no 404.html', async () => {
    const { app: bare, close } = await appWith({ notFoundPage: false })
    const response = await bare.inject({ url: '/nowhere' })
    await close()
    expect(response.statusCode).toBe(404)
    expect(response.body).toBe('Not found')
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('refuses to start on an app-routes.json it cannot read', async () => {
    await expect(appWith({ appRoutes: ['/a/*/b'] })).rejects.toThrow(/app-routes\.json/)
  })
})

describe('paths outside the build', () => {
  it.each([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '//secret.txt',
    '/.env',
    '/%2eenv',
    '/.well-known/secret.txt',
    '/assets/app-abc123.js%00.html',
  ])('%s is never served', async (url) => {
    const response = await app.inject({ url })
    expect(response.statusCode).not.toBe(200)
    expect(response.body).not.toContain(OUTSIDE_SECRET)
    expect(response.body).not.toContain(DOTFILE_SECRET)
  })
})

describe('compression', () => {
  async function compressedAsset(encoding: string) {
    // Compression runs in the background after start-up; wait for it.
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await app.inject({
        url: '/assets/app-abc123.js',
        headers: { 'accept-encoding': encoding },
      })
      if (response.headers['content-encoding']) return response
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error('the asset was never compressed')
  }

  it('sends brotli when accepted', async () => {
    const response = await compressedAsset('gzip, deflate, br')
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(ASSET_JS)
    expect(Number(response.headers['content-length'])).toBeLessThan(ASSET_JS.length / 5)
  })

  it('sends gzip when only gzip is accepted', async () => {
    const response = await compressedAsset('gzip')
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.rawPayload).toString()).toBe(ASSET_JS)
  })

  it('sends the file as it is otherwise, with a different ETag', async () => {
    const br = await compressedAsset('br')
    const plain = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('Accept-Encoding')
    expect(plain.body).toBe(ASSET_JS)
    expect(plain.headers.etag).not.toBe(br.headers.etag)
  })
})

describe('errors', () => {
  it('answers an unknown API path with JSON and no-store', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/nothing?x=1' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toEqual({ error: 'Not found' })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('refuses other methods on pages without detail', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'] as const) {
      const response = await app.inject({ method, url: '/help' })
      expect(response.statusCode, method).toBe(405)
      expect(response.headers.allow).toBe('GET, HEAD')
      expect(response.body).toBe('Method not allowed')
    }
  })

  it('hides the message and stack of a failure', async () => {
    const { app: failing, close } = await appWith({})
    failing.get('/api/v1/boom', async () => {
      throw new Error('connection string postgres://user:hunter2@db')
    })
    const response = await failing.inject({ url: '/api/v1/boom' })
    await close()
    expect(response.statusCode).toBe(500)
    expect(response.json()).toEqual({ error: 'Internal Server Error' })
    expect(response.body).not.toMatch(/hunter2|at |\.ts/)
    expect(response.headers['cache-control']).toBe('no-store')
  })
})

describe('closing', () => {
  it('finishes a request in flight before it closes', async () => {
    const { app: closing, close } = await appWith({})
    let arrived!: () => void
    let release!: () => void
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve))
    const gate = new Promise<void>((resolve) => (release = resolve))
    closing.get('/api/v1/slow', async () => {
      arrived()
      await gate
      return { done: true }
    })
    await closing.listen({ host: '127.0.0.1', port: 0 })
    const { port } = closing.server.address() as AddressInfo

    const response = fetch(`http://127.0.0.1:${port}/api/v1/slow`)
    await requestArrived
    const closed = close()
    // The answer is still being worked on when the server starts closing.
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    const answered = await response
    expect(answered.status).toBe(200)
    // The connection closes with the answer, so a keep-alive client cannot hold the server open.
    expect(answered.headers.get('connection')).toBe('close')
    await closed
  })
})

describe('logging', () => {
  it('writes one line per request with method, path and status only', async () => {
    const lines: string[] = []
    const fixture = await createDist()
    const logged = await buildApp({
      distDir: fixture.distDir,
      store: fakeStore(),
      logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
    })
    await logged.inject({
      url: '/self-help/feeling-anxious?q=my-secret-search&postcode=SW1A',
      headers: {
        'user-agent': 'AgentOfSecrets/1.0',
        'x-forwarded-for': '203.0.113.7',
        cookie: 'session=abc',
      },
    })
    await logged.inject({ url: '/healthz' })
    await logged.close()
    await fixture.cleanup()

    const all = lines.join('\n')
    for (const secret of [
      '127.0.0.1',
      '203.0.113.7',
      'my-secret-search',
      'SW1A',
      'AgentOfSecrets',
      'session=abc',
      'localhost',
      'remotePort',
      'hostname',
      // A very short machine name could turn up inside other words.
      ...(hostname().length >= 4 ? [hostname()] : []),
    ]) {
      expect(all).not.toContain(secret)
    }

    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req)
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', path: '/self-help/feeling-anxious' },
      res: { statusCode: 200 },
    })
    expect(Object.keys(requests[0].req).sort()).toEqual(['method', 'path'])
  })
})
