import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../scripts/local-server.ts'
import { useBrowser } from './support.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const BUILD_MINUTES = 4

/**
 * `npm run build` for one area, into a folder of its own: the server-side bundle, then the
 * client with its prerendered pages. vite.config.ts prerenders from build/ssr, which is the
 * main build's, so this build's prerender step is pointed at its own server-side bundle.
 */
const BUILD_SCRIPT = `
import path from 'node:path'
import { build } from 'vite'
const { default: config } = await import('./vite.config.ts')
const { prerenderPlugin } = await import('./scripts/vite-plugin-prerender.ts')
const out = process.env.HARBOUR_E2E_OUT
const ssrDir = path.join(out, 'ssr')
const env = { command: 'build', mode: 'production', isPreview: false }
const inline = (resolved, buildOptions) => ({
  ...resolved, configFile: false, logLevel: 'error',
  build: { ...resolved.build, emptyOutDir: true, ...buildOptions },
})
await build(inline(config({ ...env, isSsrBuild: true }), { ssr: 'src/entry-server.tsx', outDir: ssrDir }))
const client = config({ ...env, isSsrBuild: false })
client.plugins = client.plugins.flat(Infinity).map((plugin) =>
  plugin && plugin.name === 'harbour-prerender'
    ? prerenderPlugin({ ssrEntry: path.join(ssrDir, 'entry-server.js') })
    : plugin,
)
await build(inline(client, { outDir: path.join(out, 'dist') }))
`

function buildArea(area: string, out: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, HARBOUR_AREA: area, HARBOUR_E2E_OUT: out }
  // Vitest's own settings would make Vite build for tests rather than for production.
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key]
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', BUILD_SCRIPT],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The ${area} build failed:\n${log}`)),
    )
  })
}

describe('a second area pack', () => {
  const browser = useBrowser()
  let out: string | undefined
  let server: RunningServer | undefined

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'harbour-riverside-'))
    // The server-side bundle imports React and the rest from node_modules, found from its folder.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir')
    await buildArea('riverside', out)
    server = await startServer(ROOT, {
      HARBOUR_DIST_DIR: path.join(out, 'dist'),
      HARBOUR_AREA: 'riverside',
    })
  }, BUILD_MINUTES * 60_000)

  afterAll(async () => {
    await server?.stop()
    if (out) {
      unlinkSync(path.join(out, 'node_modules'))
      rmSync(out, { recursive: true, force: true })
    }
  })

  async function openHelp(options: BrowserContextOptions): Promise<Page> {
    const context = await browser().newContext({ baseURL: server?.url, ...options })
    const page = await context.newPage()
    await page.goto('/help')
    return page
  }

  async function expectRiverside(page: Page) {
    await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor()
    await expect(
      page.getByRole('heading', { name: 'Riverside: NHS 111 Wales, press 2' }).count(),
    ).resolves.toBe(1)
    await expect(page.getByRole('link', { name: 'Call 111, then press 2' }).count()).resolves.toBe(
      1,
    )
    await expect(page.locator('footer').textContent()).resolves.toContain(
      'Riverside Harbour for Riverside.',
    )
    await expect(page.getByRole('img', { name: 'Riverside area' }).isVisible()).resolves.toBe(true)
    await expect(page.locator('body').textContent()).resolves.not.toMatch(/Demo area/)
    // The area's colours reached the page through the inlined stylesheet the CSP allows.
    await expect(
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
      ),
    ).resolves.toBe('#5b2a86')
  }

  it("shows Riverside's own crisis line, name, logo and colours with JavaScript off", async () => {
    const page = await openHelp({ javaScriptEnabled: false })
    await expectRiverside(page)
    await page.context().close()
  })

  it('shows the same once the app has started', async () => {
    const page = await openHelp({})
    await page.waitForSelector('html[data-ready]', { state: 'attached' })
    await expectRiverside(page)
    await expect(page.title()).resolves.toMatch(/Riverside Harbour$/)
    await page.context().close()
  })
})
