import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchChromium } from '../../scripts/chromium.ts'

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather'

/** Every route in the architecture, with the heading a person should see there. */
export const ROUTES: readonly { path: string; heading: RegExp }[] = [
  { path: '/', heading: /you can start here/ },
  { path: '/help', heading: /Get help now/ },
  { path: '/self-help', heading: /Self-help/ },
  { path: '/self-help/low-mood', heading: /low/i },
  { path: '/tools/breathing', heading: /Breathing/ },
  { path: '/check-in', heading: /Check in/ },
  { path: '/my-space', heading: /My space/ },
  { path: '/my-space/safety-plan', heading: /My safety plan/ },
  { path: '/my-space/history', heading: /Your check-ins/ },
  { path: '/my-space/goals', heading: /Goals/ },
  { path: '/my-space/saved', heading: /Saved/ },
  { path: '/my-space/about-me', heading: /About me/ },
  { path: '/my-space/your-data', heading: /Your data/ },
  { path: '/my-space/lock', heading: /Passcode lock/ },
  { path: '/my-space/kept-words', heading: /Words kept from another device/ },
  { path: '/find-support', heading: /Find support/ },
  { path: '/find-support/27fd33e7-c013-4b73-971d-f3cdd76f5e38', heading: /Childline/ },
  { path: '/parents', heading: /parents and carers/ },
  { path: '/schools', heading: /For schools/ },
  { path: '/settings', heading: /Settings/ },
  { path: '/privacy', heading: /Your privacy/ },
  { path: '/about', heading: /About/ },
  { path: '/about/documents', heading: /Privacy, safety and accessibility documents/ },
  { path: '/about/documents/hazard-log', heading: /Harbour hazard log/ },
  { path: '/quick-exit', heading: /How quick exit works/ },
]

export function baseUrl(): string {
  return inject('baseUrl')
}

/** One browser for a test file, closed after it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser has not started')
    return browser
  }
}

/**
 * A fresh context that never reaches the outside world: the neutral quick-exit site is answered
 * locally so the test can see that the browser went there.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), ...options })
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  )
  return context
}

/**
 * Opens a page and waits until the app is live on it. A prerendered page is readable at once;
 * the app's code loads after the first paint and then marks <html data-ready>.
 */
export async function gotoReady(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await page.waitForSelector('html[data-ready]', { state: 'attached' })
}

export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
        once: true,
      }),
    )
  })
}

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** Runs axe-core in the page (evaluated, so the page's CSP does not apply to it). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })) as { violations: AxeViolation[] }
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }))
  })
}
