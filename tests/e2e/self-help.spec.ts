import { describe, expect, it } from 'vitest'
import { gotoReady, newContext, runAxe, useBrowser, waitForServiceWorker } from './support.ts'

const TOOLS = ['breathing', 'grounding', 'worry-tree', 'thought-record', 'coping-kit']

describe('self-help', () => {
  const browser = useBrowser()

  it('opens an article with JavaScript off, with its content note and ways on', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/self-help/self-harm')
    const main = await page.locator('main').innerText()
    expect(main).toContain('Before you read')
    expect(main).toContain('What can help next')
    await expect(
      page.getByRole('link', { name: /Find support for self-harm/ }).getAttribute('href'),
    ).resolves.toBe('/find-support?topic=self-harm')
    await context.close()
  })

  it('opens an article offline after one visit', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/self-help')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.goto('/self-help/exam-stress')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/exam/i)
    await context.close()
  })

  it('finds an article by a misspelled word, with the search in the address', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/self-help')
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('anxeity')
    await page.getByRole('link', { name: 'Anxiety and panic attacks' }).waitFor()
    expect(new URL(page.url()).searchParams.get('q')).toBe('anxeity')
    await expect(
      page.getByRole('status').filter({ hasText: 'match' }).textContent(),
    ).resolves.toMatch(/match “anxeity”/)
    // The same link, opened again, shows the same results.
    await gotoReady(page, page.url())
    await page.getByRole('link', { name: 'Anxiety and panic attacks' }).waitFor()
    await context.close()
  })

  it('filters by audience', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/self-help?audience=school-staff')
    const titles = await page.locator('.article-list__link').allInnerTexts()
    expect(titles.length).toBeGreaterThanOrEqual(4)
    expect(titles).toContain('When a pupil tells you something worrying')
    await context.close()
  })

  it('saves an article to My space, and remembers it', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/self-help/sleep')
    await page.getByRole('button', { name: 'Save to My space' }).click()
    await page.getByText('Saved to My space. It stays on this device.').waitFor()
    await gotoReady(page, '/self-help/sleep')
    await expect(
      page.getByRole('button', { name: 'Saved to My space' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true')
    await context.close()
  })

  it('runs the breathing tool with reduced motion: no moving shape, and it pauses', async () => {
    const context = await newContext(browser(), { reducedMotion: 'reduce' })
    const page = await context.newPage()
    await gotoReady(page, '/tools/breathing')
    await page.getByRole('button', { name: 'Start' }).click()
    await page.getByRole('button', { name: 'Pause' }).waitFor()
    const animated = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].some(
        (el) =>
          getComputedStyle(el).animationName !== 'none' &&
          getComputedStyle(el).animationDuration !== '0.01ms',
      ),
    )
    expect(animated).toBe(false)
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByRole('button', { name: 'Resume' }).waitFor()
    await context.close()
  })

  it('has no accessibility violations on the library, an article and every tool', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 800 } })
    const page = await context.newPage()
    const found: string[] = []
    for (const path of [
      '/self-help',
      '/self-help/suicidal-thoughts',
      ...TOOLS.map((t) => `/tools/${t}`),
    ]) {
      await gotoReady(page, path)
      for (const v of await runAxe(page)) found.push(`${path}: ${v.id} ${JSON.stringify(v.nodes)}`)
    }
    expect(found).toEqual([])
    await context.close()
  })
})
