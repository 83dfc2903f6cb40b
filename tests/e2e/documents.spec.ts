import { describe, expect, it } from 'vitest'
import { gotoReady, newContext, runAxe, useBrowser } from './support.ts'

const DOCUMENTS = [
  'privacy-notice-young-people',
  'privacy-notice-parents',
  'privacy-notice-schools',
  'dpia',
  'childrens-code',
  'clinical-risk-management-plan',
  'hazard-log',
  'accessibility-statement',
]

describe('the privacy, safety and accessibility documents', () => {
  const browser = useBrowser()

  it('can be read from /privacy with JavaScript turned off', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    const heading = () => page.getByRole('heading', { level: 1 }).textContent()

    await page.goto('/privacy')
    await page.getByRole('link', { name: 'Read this page as a privacy notice' }).click()
    await page.waitForURL('**/about/documents/privacy-notice-young-people')
    await expect(heading()).resolves.toBe('Harbour and your privacy')
    await expect(page.locator('main').innerText()).resolves.toContain(
      'You do not need an account. We never ask for your name.',
    )

    await page.goto('/privacy')
    await page
      .getByRole('link', { name: 'All our privacy, safety and accessibility documents' })
      .click()
    await page.waitForURL('**/about/documents')
    await page.getByRole('link', { name: 'Harbour hazard log' }).click()
    await page.waitForURL('**/about/documents/hazard-log')
    await expect(heading()).resolves.toBe('Harbour hazard log')
    await expect(
      page.getByRole('region', { name: 'Table: Summary' }).getByRole('table').isVisible(),
    ).resolves.toBe(true)

    // A link between documents leads to the part it names.
    await page.getByRole('link', { name: 'plan', exact: true }).click()
    await page.waitForURL('**/about/documents/clinical-risk-management-plan#5-how-risk-is-rated')
    await expect(heading()).resolves.toBe('Harbour clinical risk management plan')
    await context.close()
  })

  it('has no accessibility problems axe can find on any document, at 320px', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 900 } })
    const page = await context.newPage()
    const found: string[] = []
    for (const slug of DOCUMENTS) {
      await gotoReady(page, `/about/documents/${slug}`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      for (const v of await runAxe(page))
        found.push(
          `${slug}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
        )
    }
    expect(found).toEqual([])
    await context.close()
  })

  it('never scrolls sideways at 320px with text at 200%: wide tables scroll in their own box', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 700 } })
    await context.addInitScript(() => {
      localStorage.setItem('harbour.preferences', JSON.stringify({ textSize: 'largest' }))
    })
    const page = await context.newPage()
    for (const slug of DOCUMENTS) {
      await gotoReady(page, `/about/documents/${slug}`)
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, slug).toBeLessThanOrEqual(0)
    }

    await gotoReady(page, '/about/documents/hazard-log')
    const summary = page.getByRole('region', { name: 'Table: Summary' })
    await summary.focus()
    const scrolled = await summary.evaluate((region) => {
      const before = region.scrollLeft
      return { wide: region.scrollWidth > region.clientWidth, before }
    })
    expect(scrolled).toEqual({ wide: true, before: 0 })
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => summary.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0)
    await context.close()
  })

  it('shows the normal not-found page for a document that does not exist', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/about/documents/not-a-document')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'We can’t find that page',
    )
    await context.close()
  })
})
