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
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')

/**
 * `npm run build` for one area, into a folder of its own: the server-side bundle, then the
 * client, whose prerender step reads that bundle (HARBOUR_SSR_ENTRY) rather than the main build's.
 */
async function buildArea(area: string, out: string): Promise<void> {
  const ssrDir = path.join(out, 'ssr')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HARBOUR_AREA: area,
    HARBOUR_SSR_ENTRY: path.join(ssrDir, 'entry-server.js'),
  }
  // Vitest's own settings would make Vite build for tests rather than for production.
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key]
  const vite = (...args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [VITE, 'build', '--logLevel', 'error', ...args], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let log = ''
      child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
      child.once('error', reject)
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`The ${area} build failed:\n${log}`)),
      )
    })
  await vite('--ssr', 'src/entry-server.tsx', '--outDir', ssrDir, '--emptyOutDir')
  await vite('--outDir', path.join(out, 'dist'), '--emptyOutDir')
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
    // No HARBOUR_AREA: the server takes the area from the build.
    server = await startServer(ROOT, { HARBOUR_DIST_DIR: path.join(out, 'dist') })
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

  it('keeps the logo in shape and the safety bar whole at 320px, with text at 100% and 200%', async () => {
    const page = await openHelp({ viewport: { width: 320, height: 700 } })
    await page.waitForSelector('html[data-ready]', { state: 'attached' })
    for (const fontSize of ['100%', '200%']) {
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize)
      const layout = await page.evaluate(() => {
        const box = (selector: string) => {
          const { top, bottom, left, right } = document
            .querySelector(selector)!
            .getBoundingClientRect()
          return { top, bottom, left, right }
        }
        const logo = document.querySelector<HTMLImageElement>('.brand img')!
        const shown = logo.getBoundingClientRect()
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          logo: {
            shown: shown.width / shown.height,
            drawn: Number(logo.getAttribute('width')) / Number(logo.getAttribute('height')),
          },
          bar: box('.safety-bar'),
          header: box('.site-header'),
          help: box('.safety-bar .help-now'),
          exit: box('.safety-bar .quick-exit'),
        }
      })
      expect(layout.overflow, fontSize).toBeLessThanOrEqual(0)
      expect(layout.logo.shown, fontSize).toBeCloseTo(layout.logo.drawn, 1)
      expect(layout.bar.bottom, fontSize).toBeLessThanOrEqual(layout.header.top + 1)
      for (const link of [layout.help, layout.exit]) {
        expect(link.left, fontSize).toBeGreaterThanOrEqual(0)
        expect(link.right, fontSize).toBeLessThanOrEqual(320)
        expect(link.bottom, fontSize).toBeLessThanOrEqual(layout.bar.bottom)
      }
    }
    await page.context().close()
  })
})
