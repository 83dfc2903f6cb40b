import { describe, expect, it } from 'vitest'
import { newContext, NEUTRAL_SITE, useBrowser } from './support.ts'

describe('with JavaScript turned off', () => {
  const browser = useBrowser()

  it('shows every crisis number on /help, as working links', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/help')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Get help now',
    )
    const hrefs = await page
      .locator('a[href^="tel:"], a[href^="sms:"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:999',
        'tel:111',
        'sms:85258?&body=SHOUT',
        'tel:08001111',
        'tel:116123',
        'tel:08000684141',
      ]),
    )
    const text = await page.locator('main').innerText()
    for (const fact of [
      '999',
      'option 2',
      'SHOUT to 85258',
      '0800 1111',
      '116 123',
      '0800 068 4141',
    ])
      expect(text).toContain(fact)
    await context.close()
  })

  it('shows the area’s own crisis line on /help', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/help')
    await expect(page.locator('main').innerText()).resolves.toContain('Demo area NHS crisis team')
    await context.close()
  })

  it('still offers Get help now and a quick exit link on the home page', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await expect(
      page.getByRole('link', { name: 'Get help now' }).getAttribute('href'),
    ).resolves.toBe('/help')
    await page.getByRole('link', { name: /Quick exit/ }).click()
    await page.waitForURL(NEUTRAL_SITE)
    await context.close()
  })

  it('renders the prerendered privacy and about pages', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/privacy')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Your privacy',
    )
    await page.goto('/about')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^About/)
    await context.close()
  })
})
