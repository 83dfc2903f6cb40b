import { describe, expect, it } from 'vitest'
import { newContext, useBrowser } from './support.ts'

describe('settings', () => {
  const browser = useBrowser()

  it('keeps theme, text size and motion across visits', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto('/settings')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await page.getByRole('radio', { name: 'Largest' }).check()
    await page.getByRole('radio', { name: /Reduce motion/ }).check()
    await page.goto('/')
    await page.reload()
    const attributes = await page.evaluate(() => ({ ...document.documentElement.dataset }))
    expect(attributes).toMatchObject({ theme: 'dark', textSize: 'largest', motion: 'reduce' })
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(17, 26, 30)')
    await context.close()
  })

  it('applies a stored theme before the app’s own code has even loaded (no light flash)', async () => {
    const context = await newContext(browser(), { serviceWorkers: 'block' })
    await context.addInitScript(() => {
      localStorage.setItem('harbour.preferences', JSON.stringify({ theme: 'high-contrast' }))
    })
    await context.route(/\/assets\/index-.*\.js$/, (route) => route.abort())
    const page = await context.newPage()
    await page.goto('/help')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(0, 0, 0)')
    await context.close()
  })

  it('follows the device’s dark mode until the person chooses otherwise', async () => {
    const context = await newContext(browser(), { colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto('/')
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
    await page.goto('/settings')
    await page.getByRole('radio', { name: 'High contrast' }).check()
    await page.goto('/help')
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
    await context.close()
  })
})
