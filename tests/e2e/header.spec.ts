import { describe, expect, it } from 'vitest'
import { ROUTES, gotoReady, newContext, useBrowser } from './support.ts'

type Box = { x: number; y: number; width: number; height: number }

describe('the safety bar', () => {
  const browser = useBrowser()

  it('keeps Get help now and Quick exit in the same place on every route', async () => {
    // Both widths at once, each in its own context: most of each visit is waiting.
    const checkWidth = async (width: number) => {
      const context = await newContext(browser(), { viewport: { width, height: 800 } })
      const page = await context.newPage()
      let first: { help: Box | null; exit: Box | null } | undefined
      for (const route of ROUTES) {
        await gotoReady(page, route.path)
        await page.getByRole('heading', { level: 1 }).waitFor()
        const boxes = {
          help: await page.getByRole('link', { name: 'Get help now' }).first().boundingBox(),
          exit: await page.getByRole('link', { name: /Quick exit/ }).boundingBox(),
        }
        expect(boxes.help, route.path).not.toBeNull()
        first ??= boxes
        expect(boxes, `${route.path} at ${width}px`).toEqual(first)
      }
      await context.close()
    }
    await Promise.all([checkWidth(320), checkWidth(1280)])
  })

  it('is reached first by keyboard: skip link, Get help now, then Quick exit', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/find-support')
    await page.getByRole('heading', { level: 1 }).waitFor()
    const focused = async () =>
      page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Skip to content')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Get help now')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Quick exit')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor()
    await context.close()
  })

  it('stays on screen while a long page is scrolled', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 600 } })
    const page = await context.newPage()
    await gotoReady(page, '/help')
    await page.mouse.wheel(0, 3000)
    await page.waitForFunction(() => window.scrollY > 500)
    const box = await page.getByRole('link', { name: /Quick exit/ }).boundingBox()
    expect(box?.y).toBeGreaterThanOrEqual(0)
    expect(box?.y).toBeLessThan(60)
    await context.close()
  })

  it('never hides a focused link underneath it', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 600 } })
    const page = await context.newPage()
    await gotoReady(page, '/help')
    await page.getByRole('heading', { level: 1 }).waitFor()
    const barBottom = await page
      .locator('.safety-bar')
      .evaluate((bar) => bar.getBoundingClientRect().bottom)
    // Tab through the whole page; every focused element below the bar must be fully visible.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const hidden = await page.evaluate((bottom) => {
        const el = document.activeElement
        if (!el || el.closest('.safety-bar, .skip-link') || el === document.body) return false
        const rect = el.getBoundingClientRect()
        return rect.top < bottom - 1 && rect.bottom > 0 ? el.outerHTML.slice(0, 80) : false
      }, barBottom)
      expect(hidden).toBe(false)
    }
    await context.close()
  })
})
