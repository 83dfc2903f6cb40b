import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { gotoReady, newContext, runAxe, useBrowser, waitForServiceWorker } from './support.ts'

const CHILDLINE = '27fd33e7-c013-4b73-971d-f3cdd76f5e38'

async function resultNames(page: Page): Promise<string[]> {
  return page.locator('.result-card__name').allInnerTexts()
}

async function waitForResultsToChange(page: Page, before: string[]): Promise<string[]> {
  await page.waitForFunction(
    (old) =>
      [...document.querySelectorAll('.result-card__name')].map((e) => e.textContent).join('|') !==
      old,
    before.join('|'),
  )
  return resultNames(page)
}

describe('find support', () => {
  const browser = useBrowser()

  it('searches offline by postcode district and the way a person wants help', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/find-support')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await gotoReady(page, '/find-support')

    await page.getByRole('textbox', { name: 'Postcode or area' }).fill('bs1 4dj')
    await page.getByRole('button', { name: 'Search here' }).click()
    await page.getByRole('combobox', { name: 'How far?' }).selectOption('5')
    await page.getByText('More filters').click()
    await page.getByRole('checkbox', { name: 'Face to face' }).check()
    await page.waitForURL(/how=face-to-face/)

    const url = new URL(page.url())
    expect(url.searchParams.get('near')).toBe('BS1')
    expect(url.searchParams.get('within')).toBe('5')
    const names = await resultNames(page)
    expect(names).toContain("Sample: Young people's crisis café")
    // Weston-super-Mare (BS23) and Taunton (TA1) are well beyond 5 miles of central Bristol.
    expect(names).not.toContain('Sample: After-school family drop-in')
    expect(names).not.toContain('Sample: Self-harm peer support group')
    for (const ways of await page.locator('.result-card__ways').allInnerTexts()) {
      expect(ways).toContain('Face to face')
    }
    await expect(page.locator('.result-card__distance').first().innerText()).resolves.toMatch(
      /miles? from BS1/,
    )
    await expect(page.getByText(/Contains OS data © Crown copyright/).count()).resolves.toBe(1)

    // The same address, opened again, gives the same search.
    await gotoReady(page, page.url())
    expect(await resultNames(page)).toEqual(names)
    await context.close()
  })

  it('puts the services that fit the choice first, and says why', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await gotoReady(page, '/find-support')
    const before = await resultNames(page)

    await page.getByRole('radio', { name: 'Type (text or chat)' }).check()
    await page.getByRole('radio', { name: 'Online or by phone' }).check()
    const typed = await waitForResultsToChange(page, before)
    expect(typed[0]).not.toBe(before[0])
    const firstWays = await page.locator('.result-card__ways').first().innerText()
    expect(firstWays).toMatch(/Text|Online/)
    await expect(page.locator('.result-card__why').first().innerText()).resolves.toMatch(
      /text|online|type/i,
    )

    await page.getByRole('radio', { name: 'In person' }).check()
    const inPerson = await waitForResultsToChange(page, typed)
    expect(inPerson[0]).not.toBe(typed[0])
    await expect(page.locator('.result-card__ways').first().innerText()).resolves.toMatch(
      /Face to face|Group|Drop-in/,
    )
    await context.close()
  })

  it('opens a service page with JavaScript off, with working contact links', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`/find-support/${CHILDLINE}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Childline')
    const call = page.locator('a[href^="tel:"]').first()
    await expect(call.getAttribute('href')).resolves.toBe('tel:08001111')
    const main = await page.locator('main').innerText()
    expect(main).toMatch(/24 hours/)
    expect(main).toMatch(/You do not need a referral/)
    await context.close()
  })

  it('has no accessibility problems with filters and results showing', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 800 } })
    const page = await context.newPage()
    await gotoReady(page, '/find-support?near=BS1&within=10&how=text,face-to-face&talk=talk')
    await page.getByText('More filters').click()
    expect(await runAxe(page)).toEqual([])
    await context.close()
  })
})
