import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export interface TransferSize {
  path: string
  kind: 'js' | 'css'
  files: number
  raw: number
  gzip: number
  brotli: number
}

/** The JavaScript and CSS a first visit (no service worker, no cache) to `path` downloads. */
export async function measureFirstLoad(
  browser: Browser,
  baseUrl: string,
  path: string,
): Promise<TransferSize[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const bodies: { kind: 'js' | 'css'; body: Buffer }[] = []
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    pending.push(
      response.body().then((body) => {
        bodies.push({ kind: type === 'script' ? 'js' : 'css', body })
      }),
    )
  })
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
  await Promise.all(pending)
  await context.close()

  return (['js', 'css'] as const).map((kind) => {
    const files = bodies.filter((b) => b.kind === kind)
    const sum = (f: (body: Buffer) => number) => files.reduce((n, { body }) => n + f(body), 0)
    return {
      path,
      kind,
      files: files.length,
      raw: sum((body) => body.length),
      gzip: sum((body) => gzipSync(body, { level: 9 }).length),
      brotli: sum(
        (body) =>
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      ),
    }
  })
}
