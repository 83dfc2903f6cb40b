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
    // The page as the service worker serves it, before any script of the app has touched it.
    // (Choosing writes the copy for the service worker a moment later, so ask until it is there.)
    await expect
      .poll(() => page.evaluate(async () => (await fetch('/help')).text()))
      .toMatch(
        /<html lang="en-GB" data-theme="high-contrast" data-text-size="standard" data-motion="system">/,
      )
    // And a fresh load paints in that theme.
    await page.goto('/help')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(0, 0, 0)')
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

  it('hydrates prerendered pages without errors, shared filters included', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await gotoReady(page, '/settings')
    await page.getByRole('radio', { name: 'High contrast' }).check()
    for (const path of [
      '/help',
      '/self-help?audience=parents&q=sleep',
      '/self-help/grief',
      '/tools/coping-kit',
    ]) {
      await gotoReady(page, path)
      await page.waitForLoadState('networkidle')
    }
    expect(errors).toEqual([])
    await context.close()
  })
})
