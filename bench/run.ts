/**
 * `npm run bench`: what Harbour sends on a first visit, and how Lighthouse (mobile) scores it,
 * against a plain static page served in the same run. Everything runs on loopback.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { launchChromium } from '../scripts/chromium.ts'
import { startServer } from '../scripts/local-server.ts'
import { benchDirectory } from './directory.ts'
import { measureFirstLoad, type TransferSize } from './first-load-size.ts'
import { medianLighthouse, type LighthouseResult } from './lighthouse-scores.ts'
import { benchHistory } from './history.ts'
import { benchSearch, contentSizes } from './search.ts'
import { benchSyncFirst } from './sync-first.ts'
import { benchSyncLoad } from './sync-load.ts'

const root = path.resolve(import.meta.dirname, '..')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A page's prerendered HTML with every script taken out: the same page, as plain HTML. */
async function withoutScripts(file: string): Promise<string> {
  const html = await readFile(path.join(root, 'dist', file), 'utf8')
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
}

/**
 * The yardsticks, served in the same run: a minimal static page (the fastest a page can be); the
 * same page with one empty module script (what having any script at all costs in Lighthouse's
 * simulation: the script's round trip lands before the first paint); and Harbour's own / and
 * /help as plain HTML with no JavaScript (what the app's code costs).
 */
async function startStaticPages() {
  const minimal = await readFile(path.join(root, 'bench/static-page.html'), 'utf8')
  const html = (body: string) => ({ type: 'text/html; charset=utf-8', body })
  const pages = new Map<string, { type: string; body: string }>([
    ['/', html(minimal)],
    [
      '/one-script/',
      html(minimal.replace('</head>', '<script type="module" src="nothing.js"></script></head>')),
    ],
    ['/one-script/nothing.js', { type: 'text/javascript', body: '' }],
    ['/same/', html(await withoutScripts('index.html'))],
    ['/same/help', html(await withoutScripts('help.html'))],
  ])
  // Compressed like Harbour's own server, so only the JavaScript differs.
  const server = createServer((req, res) => {
    const page = pages.get(req.url ?? '/')
    if (!page) {
      res.writeHead(404).end('Not found')
      return
    }
    res.writeHead(200, { 'content-type': page.type, 'content-encoding': 'br' })
    res.end(brotliCompressSync(page.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}

/** The server compresses the build in the background after it starts: measure once it is done. */
async function waitForCompression(baseUrl: string) {
  const html = await (await fetch(`${baseUrl}/`)).text()
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? '/'
  for (let tries = 0; tries < 100; tries++) {
    const response = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': 'br' } })
    await response.arrayBuffer()
    if (response.headers.get('content-encoding') === 'br') return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('The server did not finish compressing the build in 20 s')
}

function printSizes(sizes: TransferSize[]) {
  console.log('\nFirst load (no cache, no service worker): JavaScript and CSS')
  console.table(
    sizes.map((s) => ({
      page: s.path,
      kind: s.kind,
      files: s.files,
      raw: kb(s.raw),
      gzip: kb(s.gzip),
      brotli: kb(s.brotli),
    })),
  )
}

function printLighthouse(
  results: (LighthouseResult & { label: string })[],
  yardsticks: { staticLcp: number; oneScriptLcp: number; sameLcp: number[] },
) {
  const ratio = (lcp: number, to: number | undefined) => (to ? (lcp / to).toFixed(2) : '')
  console.log('\nLighthouse (mobile, simulated slow 4G; the median of 3 runs by LCP)')
  console.table(
    results.map((r, i) => ({
      page: r.label,
      performance: r.performance,
      accessibility: r.accessibility,
      'best practices': r.bestPractices,
      seo: r.seo,
      'FCP ms': r.fcpMs,
      'LCP ms': r.lcpMs,
      'LCP ÷ static': ratio(r.lcpMs, yardsticks.staticLcp),
      'LCP ÷ static with a script': ratio(r.lcpMs, yardsticks.oneScriptLcp),
      'LCP ÷ same page, no JS': ratio(r.lcpMs, yardsticks.sameLcp[i]),
    })),
  )
}

function printSearch() {
  const search = benchSearch(root)
  console.log(
    `\nSelf-help search over ${search.articles} articles (${search.queries} queries, Node, built index): ` +
      `median ${search.medianMs.toFixed(3)} ms, p95 ${search.p95Ms.toFixed(3)} ms (target under 50 ms)`,
  )
  return search
}

async function printContentSizes() {
  const sizes = await contentSizes(root)
  console.log('\nContent in the build')
  console.table(
    sizes.map((s) => ({ part: s.part, files: s.files, raw: kb(s.raw), gzip: kb(s.gzip) })),
  )
  return sizes
}

const search = printSearch()
console.log(`\n${(await benchDirectory()).join('\n')}`)
const content = await printContentSizes()

const server = await startServer(root)
const staticPages = await startStaticPages()
try {
  await waitForCompression(server.url)
  const browser = await launchChromium()
  const sizes: TransferSize[] = []
  let history: string[] = []
  try {
    for (const page of ['/', '/help'])
      sizes.push(...(await measureFirstLoad(browser, server.url, page)))
    history = await benchHistory(server.url, browser)
  } finally {
    await browser.close()
  }
  printSizes(sizes)
  console.log(`\n${history.join('\n')}`)
  const homeJs = sizes.find((s) => s.path === '/' && s.kind === 'js')
  if (homeJs) console.log(`Target: at most 110 KB of JavaScript (gzip) for /: ${kb(homeJs.gzip)}`)

  const run = async (label: string, url: string) => ({ label, ...(await medianLighthouse(url)) })
  const results = [
    await run('/', `${server.url}/`),
    await run('/help', `${server.url}/help`),
    await run('static page', `${staticPages.url}/`),
    await run('static page with a script', `${staticPages.url}/one-script/`),
    await run('/ without JS', `${staticPages.url}/same/`),
    await run('/help without JS', `${staticPages.url}/same/help`),
  ]
  const lcp = results.map((r) => r.lcpMs)
  printLighthouse(results, {
    staticLcp: lcp[2] ?? NaN,
    oneScriptLcp: lcp[3] ?? NaN,
    sameLcp: [lcp[4] ?? NaN, lcp[5] ?? NaN],
  })

  await mkdir(path.join(root, 'build/bench'), { recursive: true })
  await writeFile(
    path.join(root, 'build/bench/results.json'),
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        sizes,
        search,
        content,
        history,
        lighthouse: results,
      },
      null,
      2,
    ),
  )
  console.log('\nSaved to build/bench/results.json')
  console.log(`\n${(await benchSyncLoad()).join('\n')}`)
  console.log(`\n${(await benchSyncFirst()).join('\n')}`)
} finally {
  staticPages.close()
  await server.stop()
}
