import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { NEUTRAL_SITE, gotoReady, newContext, useBrowser } from './support.ts'

async function browseThreeHarbourPages(page: Page) {
  await gotoReady(page, '/')
  await page.getByRole('link', { name: 'Self-help' }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Self-help' }).waitFor()
  await page.getByRole('link', { name: 'Check in' }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor()
}

async function expectNoWayBack(page: Page, origin: string) {
  await page.waitForURL(NEUTRAL_SITE)
  await page.goBack().catch(() => undefined)
  expect(page.url().startsWith(origin)).toBe(false)
}

describe('quick exit', () => {
  const browser = useBrowser()

  it('leaves for the neutral site from the button, with no Harbour page to go back to', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await browseThreeHarbourPages(page)
    const origin = new URL(page.url()).origin
    await page.getByRole('link', { name: /Quick exit/ }).click()
    await expectNoWayBack(page, origin)
    await context.close()
  })

  it('leaves when Shift is pressed three times, and says how many presses remain', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await browseThreeHarbourPages(page)
    const origin = new URL(page.url()).origin
    const status = page.locator('.safety-bar [role="status"]')
    await page.keyboard.press('Shift')
    await expect(status.textContent()).resolves.toBe(
      'Quick exit: press Shift 2 more times to leave this page.',
    )
    await page.keyboard.press('Shift')
    await expect(status.textContent()).resolves.toBe(
      'Quick exit: press Shift 1 more time to leave this page.',
    )
    await page.keyboard.press('Shift')
    await expectNoWayBack(page, origin)
    await context.close()
  })

  it('covers the page at once, before the neutral site has loaded', async () => {
    const context = await newContext(browser())
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => (release = resolve))
    await context.route('https://www.bbc.co.uk/**', async (route) => {
      await released
      await route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' })
    })
    const page = await context.newPage()
    await gotoReady(page, '/help')
    await page.getByRole('heading', { level: 1 }).waitFor()
    // "At once" means in the same task as the click, before any navigation can happen.
    const covered = await page.getByRole('link', { name: /Quick exit/ }).evaluate((link) => {
      ;(link as HTMLElement).click()
      return {
        exiting: document.documentElement.classList.contains('is-exiting'),
        mainHidden: getComputedStyle(document.querySelector('main')!).visibility === 'hidden',
      }
    })
    expect(covered).toEqual({ exiting: true, mainHidden: true })
    release()
    await page.waitForURL(NEUTRAL_SITE)
    await context.close()
  })

  it('does not exit when Shift is used to type capital letters', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/settings')
    await page.keyboard.type('ABC')
    await page.waitForTimeout(300)
    expect(page.url()).toContain('/settings')
    await context.close()
  })

  it('explains itself on a page of its own', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/')
    await page.getByRole('link', { name: 'How quick exit works' }).click()
    await page.getByRole('heading', { level: 1, name: 'How quick exit works' }).waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toContain('Shift')
    expect(text).toContain('doesn’t delete your browser history')
    await context.close()
  })
})
