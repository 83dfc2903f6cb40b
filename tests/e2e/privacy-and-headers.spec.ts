import { describe, expect, it } from 'vitest'
import {
  ROUTES,
  baseUrl,
  gotoReady,
  newContext,
  useBrowser,
  waitForServiceWorker,
} from './support.ts'

describe('requests and response headers', () => {
  const browser = useBrowser()

  it('makes every request to its own origin, on every route', async () => {
    const context = await newContext(browser())
    const requested: string[] = []
    context.on('request', (request) => requested.push(request.url()))
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text())
    })
    await gotoReady(page, '/')
    await waitForServiceWorker(page)
    for (const route of ROUTES) {
      await gotoReady(page, route.path)
      await page.getByRole('heading', { level: 1 }).waitFor()
    }
    const origin = new URL(baseUrl()).origin
    const elsewhere = requested.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'),
    )
    expect(elsewhere, elsewhere.join('\n')).toEqual([])
    expect(requested.length).toBeGreaterThan(ROUTES.length)
    expect(violations).toEqual([])
    await context.close()
  })

  it('sends the security policy on pages, assets and the service worker', async () => {
    const html = await fetch(`${baseUrl()}/help`)
    const csp = html.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(html.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    expect(html.headers.get('x-content-type-options')).toBe('nosniff')
    expect(html.headers.get('referrer-policy')).toBe('no-referrer')
    expect(html.headers.get('cache-control')).toBe('no-cache')

    const sw = await fetch(`${baseUrl()}/sw.js`)
    expect(sw.headers.get('cache-control')).toBe('no-cache')
    const manifest = await fetch(`${baseUrl()}/manifest.webmanifest`)
    expect(manifest.headers.get('cache-control')).toBe('no-cache')

    const page = await (await fetch(`${baseUrl()}/`)).text()
    const asset = page.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
    expect(asset).toBeDefined()
    const script = await fetch(`${baseUrl()}${asset}`)
    expect(script.headers.get('cache-control')).toContain('immutable')
    expect(script.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('answers /healthz', async () => {
    const response = await fetch(`${baseUrl()}/healthz`)
    expect(response.status).toBe(200)
  })

  it('serves a real 404 page for an unknown address', async () => {
    const response = await fetch(`${baseUrl()}/no-such-page`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('can&#x27;t find that page'.replace('&#x27;', '’'))
  })
})
