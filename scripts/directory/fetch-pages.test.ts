import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runImport } from './run-import.ts'
import { DEMO_FILE, demoServices, tempRoot } from './test-support.ts'

type Handler = (page: number, response: ServerResponse, request: IncomingMessage) => void

const servers: Array<() => Promise<void>> = []
let temp: ReturnType<typeof tempRoot>

beforeEach(() => {
  temp = tempRoot()
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()))
  temp.cleanUp()
})

/** A local ORUK server on 127.0.0.1, never any outside host; it records each page asked for. */
async function serve(handler: Handler): Promise<{ url: string; asked: number[] }> {
  const asked: number[] = []
  const server = createServer((request, response) => {
    const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? 1)
    asked.push(page)
    handler(page, response, request)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/services`, asked }
}

function sendJson(response: ServerResponse, data: unknown, status = 200) {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(data))
}

const all = demoServices()
const chunks = [all.slice(0, 20), all.slice(20, 40), all.slice(40)]

const import_ = (url: string, timeoutMs = 5000) =>
  runImport({ source: url, area: 'demo', root: temp.root, fetch: { timeoutMs, maxPages: 10 } })

describe('reading a URL page by page', () => {
  it('follows three ORUK 3.0 pages to the last one', async () => {
    const server = await serve((page, response) =>
      sendJson(response, {
        total_items: all.length,
        total_pages: 3,
        page_number: page,
        size: chunks[page - 1]?.length ?? 0,
        first_page: page === 1,
        last_page: page === 3,
        empty: false,
        contents: chunks[page - 1] ?? [],
      }),
    )
    const result = await import_(`${server.url}?per_page=20`)
    expect(result.error).toBeUndefined()
    expect(server.asked).toEqual([1, 2, 3])
    expect(result.bundle?.services).toHaveLength(57)
    expect(result.bundle?.source).toBe(`${server.url}?per_page=20`)
    expect(result.notes).toContain(`read 3 pages from ${server.url}?per_page=20`)
  })

  it('follows three ORUK 1.x pages that count from 0', async () => {
    const record = (n: number) => ({
      id: `v1-${n}`,
      name: `Club ${n}`,
      organization: { id: 'o', name: 'Org', description: 'x' },
      attending_type: 'venue',
    })
    const server = await serve((page, response) =>
      sendJson(response, {
        totalElements: 6,
        totalPages: 3,
        number: page,
        size: 2,
        first: page === 0,
        last: page === 2,
        content: [record(page * 2), record(page * 2 + 1)],
      }),
    )
    // No ?page on the first request: the server starts at 0, and we go on from its own number.
    const url = new URL(server.url)
    url.searchParams.set('page', '0')
    const result = await import_(url.href)
    expect(server.asked).toEqual([0, 1, 2])
    expect(result.bundle?.services.map((s) => s.id)).toEqual([
      'v1-0',
      'v1-1',
      'v1-2',
      'v1-3',
      'v1-4',
      'v1-5',
    ])
  })

  it('fails clearly on HTTP 500, and keeps the old bundle', async () => {
    await import_(DEMO_FILE)
    const bundle = path.join(temp.root, 'areas/demo/directory.json')
    const before = readFileSync(bundle, 'utf8')
    const server = await serve((_page, response) => sendJson(response, { error: 'boom' }, 500))
    const result = await import_(server.url)
    expect(result.ok).toBe(false)
    expect(result.error).toBe(
      `Could not read ${server.url}: ${server.url} answered HTTP 500 Internal Server Error`,
    )
    expect(readFileSync(bundle, 'utf8')).toBe(before)
  })

  it('fails the whole read when a later page fails, rather than lose services', async () => {
    const server = await serve((page, response) =>
      page === 2
        ? sendJson(response, {}, 503)
        : sendJson(response, {
            total_pages: 3,
            page_number: page,
            last_page: false,
            contents: chunks[0],
          }),
    )
    const result = await import_(server.url)
    expect(result.error).toMatch(/answered HTTP 503 Service Unavailable \(page 2\)$/)
  })

  it('gives up on a server that does not answer in time', async () => {
    const server = await serve(() => undefined) // never answers
    const result = await import_(server.url, 200)
    expect(result.error).toBe(
      `Could not read ${server.url}: ${server.url} did not answer within 0.2 seconds`,
    )
  })

  it('says so when nothing listens, or the answer is not JSON', async () => {
    const closed = await serve((_page, response) => response.end('<html>not json</html>'))
    expect((await import_(closed.url)).error).toMatch(/did not send valid JSON/)
    await Promise.all(servers.splice(0).map((close) => close()))
    expect((await import_(closed.url)).error).toMatch(/could not be reached \(ECONNREFUSED\)$/)
  })

  it('stops a server that ignores ?page, and bounds the page count', async () => {
    const stuck = await serve((_page, response) =>
      sendJson(response, {
        total_pages: 99,
        page_number: 1,
        last_page: false,
        contents: chunks[0],
      }),
    )
    expect((await import_(stuck.url)).error).toMatch(/sent the same services as the page before/)
    const endless = await serve((page, response) =>
      sendJson(response, {
        total_pages: 99,
        page_number: page,
        last_page: false,
        contents: [all[page % 57]],
      }),
    )
    expect((await import_(endless.url)).error).toMatch(/has more than 10 pages; raise --max-pages/)
    expect(endless.asked).toHaveLength(10)
  })

  it('never shows a user name or password from the URL', async () => {
    let sent: IncomingMessage | undefined
    const server = await serve((_page, response, request) => {
      sent = request
      sendJson(response, [all[0]])
    })
    const withSecret = `${server.url.replace('http://', 'http://someone:secret@')}?api_key=k3y&area=bristol`
    const result = await import_(withSecret)
    expect(result.bundle?.services).toHaveLength(1)
    expect(sent?.headers.authorization).toBe(
      `Basic ${Buffer.from('someone:secret').toString('base64')}`,
    )
    expect(sent?.url).toBe('/services?api_key=k3y&area=bristol')
    expect(result.bundle?.source).toBe(`${server.url}?api_key=hidden&area=bristol`)
    expect(JSON.stringify(result)).not.toMatch(/secret|k3y/)
  })
})
