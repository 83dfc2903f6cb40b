import { describe, expect, it } from 'vitest'
import { gotoReady, newContext, useBrowser } from './support.ts'

const browser = useBrowser()

describe('a first visit', () => {
  it('keeps the prerendered page on screen while its code is slow to arrive', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    // The page's own code arrives well after its messages: the order a slow connection can give.
    await page.route(/\/assets\/help-page-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.addInitScript(() => {
      const seen = { loading: false, headingLost: false }
      Object.assign(window, { seen })
      new MutationObserver(() => {
        if (document.querySelector('main .loading')) seen.loading = true
        if (document.readyState !== 'loading' && !document.querySelector('main h1')) {
          seen.headingLost = true
        }
      }).observe(document, { subtree: true, childList: true })
    })
    await gotoReady(page, '/help')
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown }).seen)
    expect(seen).toEqual({ loading: false, headingLost: false })
    await context.close()
  })

  it('asks for nothing but the page and its entry script before the first paint', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto('/help')
    const paintedAfter = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          new PerformanceObserver((list) => {
            if (list.getEntriesByName('first-contentful-paint').length === 0) return
            // What the page had asked for when its first paint reached the screen.
            resolve(performance.getEntriesByType('resource').map((entry) => entry.name))
          }).observe({ type: 'paint', buffered: true })
        }),
    )
    // The entry script may or may not have arrived by then; nothing else may have been asked for.
    for (const url of paintedAfter)
      expect(new URL(url).pathname).toMatch(/^\/assets\/index-[\w-]+\.js$/)
    expect(requests).not.toContain('/favicon.svg')
    await page.waitForSelector('html[data-ready]', { state: 'attached' })
    await context.close()
  })

  it('links a web manifest the browser can read once the app runs', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/')
    await page.waitForSelector('link[rel="manifest"]', { state: 'attached' })
    const cdp = await context.newCDPSession(page)
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string
      errors: unknown[]
      data?: string
    }
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest')
    expect(manifest.errors).toEqual([])
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ short_name: 'Harbour' })
    await context.close()
  })
})
