import { describe, expect, it } from 'vitest'
import { ROUTES, gotoReady, newContext, useBrowser, waitForServiceWorker } from './support.ts'

describe('offline, after one visit', () => {
  const browser = useBrowser()

  it('installs a service worker that opens every route with no network', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/')
    await waitForServiceWorker(page)

    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /start here/,
    )
    for (const route of ROUTES) {
      await gotoReady(page, route.path)
      const heading = await page.getByRole('heading', { level: 1 }).textContent()
      expect(heading, route.path).toMatch(route.heading)
    }
    await context.close()
  })

  it('says so when the network goes, and stops saying it when it returns', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/help')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.getByText(/You’re offline/).waitFor()
    await context.setOffline(false)
    await page.getByText(/You’re offline/).waitFor({ state: 'detached' })
    await context.close()
  })

  it('navigates in the app while offline, keeping help now in reach', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.getByRole('link', { name: 'Find support' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor()
    await page.locator('.safety-bar').getByRole('link', { name: 'Get help now' }).click()
    await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor()
    await context.close()
  })
})
