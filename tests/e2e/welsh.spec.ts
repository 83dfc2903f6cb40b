import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROUTES, gotoReady, newContext, runAxe, useBrowser } from './support.ts'

const root = path.resolve(import.meta.dirname, '../..')

/** Every Welsh catalogue under src. */
function welshCatalogues(dir = path.join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return welshCatalogues(full)
    return entry.name === 'cy.po' && path.basename(dir) === 'locales' ? [full] : []
  })
}

/**
 * Every English interface message that Welsh says differently, from the catalogues: if a Welsh
 * page shows one of these as the whole text of an element, an English string was left behind.
 * Messages with arguments or tags are left out (they never appear whole), as are one-word
 * messages spelled the same in both languages.
 */
function englishMessages(): Set<string> {
  const english = new Set<string>()
  for (const file of welshCatalogues()) {
    const text = readFileSync(file, 'utf8')
    for (const [, id, translation] of text.matchAll(
      /\nmsgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"/g,
    )) {
      if (!id || !translation || id === translation || /[{<]/.test(id)) continue
      english.add(JSON.parse(`"${id}"`) as string)
    }
  }
  return english
}

/** The whole text of each element with no element children, and every label and alt text. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = []
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en')) continue
      if (element.children.length === 0 && element.textContent)
        texts.push(element.textContent.trim())
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value.trim())
      }
    }
    return texts
  })
}

function welsh(route: string): string {
  return route === '/' ? '/cy' : `/cy${route}`
}

describe('the Welsh interface', () => {
  const browser = useBrowser()
  const english = englishMessages()

  it('has no English interface text left on any route, with lang="cy"', async () => {
    expect(english.size).toBeGreaterThan(100)
    const context = await newContext(browser())
    const page = await context.newPage()
    const found: string[] = []
    for (const route of ROUTES) {
      await gotoReady(page, welsh(route.path))
      await page.getByRole('heading', { level: 1 }).waitFor()
      expect(await page.getAttribute('html', 'lang'), route.path).toBe('cy')
      for (const text of await shownTexts(page)) {
        if (english.has(text)) found.push(`${welsh(route.path)}: "${text}"`)
      }
    }
    expect(found).toEqual([])
    await context.close()
  }, 240_000)

  it('finds no accessibility violations on any route in Welsh', async () => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 900 } })
    const page = await context.newPage()
    const found: string[] = []
    for (const route of ROUTES) {
      await gotoReady(page, welsh(route.path))
      await page.getByRole('heading', { level: 1 }).waitFor()
      for (const v of await runAxe(page)) found.push(`${welsh(route.path)}: ${v.id} (${v.help})`)
    }
    expect(found).toEqual([])
    await context.close()
  }, 240_000)

  it('shows an article’s Welsh translation, and the English one marked as English with a note', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/cy/self-help/sleep')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Cysgu’n well')
    await expect(page.getByText(/ddim yn Gymraeg eto/).count()).resolves.toBe(0)
    await page.goto('/cy/self-help/low-mood')
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading.innerText()).resolves.toBe('Feeling low')
    await expect(heading.locator('[lang="en"]').count()).resolves.toBe(1)
    await page
      .getByText('Dydy’r erthygl hon ddim yn Gymraeg eto, felly dyma hi yn Saesneg.')
      .waitFor()
    await context.close()
  })

  it('finds services by a topic’s Welsh name', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const cards = () => page.locator('.result-card__name').count()
    await gotoReady(page, '/cy/find-support')
    const everyService = await cards()
    // "Gorbryder" is Welsh for anxiety: no service's own words contain it.
    await gotoReady(page, '/cy/find-support?q=gorbryder')
    await page.waitForFunction((all) => {
      const shown = document.querySelectorAll('.result-card__name').length
      return shown > 0 && shown < all
    }, everyService)
    // In English it matches nothing.
    await gotoReady(page, '/find-support?q=gorbryder')
    await page.waitForSelector('.no-results')
    expect(await cards()).toBe(0)
    await context.close()
  })

  it('serves Get help now in Welsh with JavaScript off, and offers the other language', async () => {
    const context = await newContext(browser(), { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/cy/help')
    expect(await page.getAttribute('html', 'lang')).toBe('cy')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Cael help nawr',
    )
    await page.goto('/')
    await page.getByRole('link', { name: 'Cymraeg' }).click()
    await page.waitForURL(/\/cy$/)
    expect(await page.getAttribute('html', 'lang')).toBe('cy')
    await context.close()
  })
})
