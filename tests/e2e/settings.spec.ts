import { describe, expect, it } from 'vitest'
import { gotoReady, newContext, useBrowser, waitForServiceWorker } from './support.ts'

describe('settings', () => {
  const browser = useBrowser()

  it('keeps theme, text size and motion across visits', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/settings')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await page.getByRole('radio', { name: 'Largest' }).check()
    await page.getByRole('radio', { name: /Reduce motion/ }).check()
    await gotoReady(page, '/')
    await page.reload()
    const attributes = await page.evaluate(() => ({ ...document.documentElement.dataset }))
    expect(attributes).toMatchObject({ theme: 'dark', textSize: 'largest', motion: 'reduce' })
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(17, 26, 30)')
    await context.close()
  })

  it('serves pages with the chosen theme already in them, before any script runs', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/settings')
    await waitForServiceWorker(page)
    await page.getByRole('radio', { name: 'High contrast' }).check()
    // With every script of the app refused, only the service worker can have set the theme.
    await context.route(/\/assets\/.*\.js$/, (route) => route.abort())
    await page.goto('/help')
    const theme = await page.evaluate(() => ({
      attribute: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
      ready: document.documentElement.dataset.ready,
    }))
    expect(theme).toEqual({
      attribute: 'high-contrast',
      background: 'rgb(0, 0, 0)',
      ready: undefined,
    })
    await context.close()
  })

  it('follows the device’s dark mode until the person chooses otherwise', async () => {
    const context = await newContext(browser(), { colorScheme: 'dark' })
    const page = await context.newPage()
    await gotoReady(page, '/')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(17, 26, 30)')
    await context.close()
  })

  it('hydrates the prerendered page without errors', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await gotoReady(page, '/settings')
    await page.getByRole('radio', { name: 'High contrast' }).check()
    await gotoReady(page, '/help')
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
    await context.close()
  })
})
