import { describe, expect, it } from 'vitest'
import { ROUTES, gotoReady, newContext, runAxe, useBrowser } from './support.ts'

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const browser = useBrowser()

  for (const width of [320, 1280]) {
    it(`finds no violations on any route at ${width}px`, async () => {
      const context = await newContext(browser(), { viewport: { width, height: 900 } })
      const page = await context.newPage()
      const found: string[] = []
      for (const route of ROUTES) {
        await gotoReady(page, route.path)
        await page.getByRole('heading', { level: 1 }).waitFor()
        for (const v of await runAxe(page))
          found.push(
            `${route.path}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
          )
      }
      expect(found).toEqual([])
      await context.close()
    })
  }

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`finds no violations in the ${theme} theme`, async () => {
      const context = await newContext(browser())
      await context.addInitScript((value) => {
        localStorage.setItem('harbour.preferences', JSON.stringify({ theme: value }))
      }, theme)
      const page = await context.newPage()
      const found: string[] = []
      for (const path of ['/', '/help', '/settings', '/quick-exit']) {
        await gotoReady(page, path)
        await page.waitForFunction(
          (value) => document.documentElement.dataset.theme === value,
          theme,
        )
        for (const v of await runAxe(page))
          found.push(`${path}: ${v.id} ${JSON.stringify(v.nodes)}`)
      }
      expect(found).toEqual([])
      await context.close()
    })
  }

  it('reflows at 320px with text at 200% and no sideways scrolling', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 700 } })
    await context.addInitScript(() => {
      localStorage.setItem('harbour.preferences', JSON.stringify({ textSize: 'largest' }))
    })
    const page = await context.newPage()
    for (const path of ['/', '/help', '/settings']) {
      await gotoReady(page, path)
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await context.close()
  })

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 900 } })
    const page = await context.newPage()
    for (const path of ['/', '/help', '/settings']) {
      await gotoReady(page, path)
      await page.getByRole('heading', { level: 1 }).waitFor()
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, .button, nav a, .safety-bar a')]
          .filter((el) => el.offsetParent !== null)
          // A control wrapped in its label can be pressed anywhere on the label.
          .map((el) => ({
            el: el.outerHTML.slice(0, 60),
            rect: (el.closest('label') ?? el).getBoundingClientRect(),
          }))
          .filter(({ rect }) => rect.width < 24 || rect.height < 24)
          .map(({ el }) => el),
      )
      expect(small, path).toEqual([])
    }
    await context.close()
  })
})
