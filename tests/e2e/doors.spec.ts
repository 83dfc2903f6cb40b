import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { gotoReady, newContext, useBrowser, waitForServiceWorker } from './support.ts'

/** The services the demo area's directory marks as for parents and carers. */
const PARENT_SERVICES = [
  'YoungMinds Parents Helpline',
  'Family Lives helpline',
  'NSPCC Helpline',
  'Contact helpline',
]

/**
 * Reads a QR code drawn as our SVG draws it (one path of `M x y h w v1 h -w z` runs on a grid of
 * `size` modules) into pixels, and decodes it with a QR reader, as a phone's camera would.
 */
function decodeQr(size: number, path: string): string | undefined {
  const scale = 6
  const width = size * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(w) * scale; dx++) {
      for (let dy = 0; dy < scale; dy++) {
        const px = Number(x) * scale + dx
        const py = Number(y) * scale + dy
        const at = (py * width + px) * 4
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0
      }
    }
  }
  return jsQR(pixels, width, width)?.data
}

describe('the doors for parents and schools', () => {
  const browser = useBrowser()

  it('puts services for parents first once the parents’ view is chosen', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const firstNames = async () => {
      await gotoReady(page, '/find-support')
      const names = page.locator('.result-card__name')
      await names.first().waitFor()
      return (await names.allInnerTexts()).slice(0, 4).map((name) => name.trim())
    }
    const before = await firstNames()
    expect(PARENT_SERVICES).not.toContain(before[0])

    await gotoReady(page, '/parents')
    await page.getByRole('button', { name: 'I’m a parent or carer' }).click()
    await page.getByText('You chose the parents’ view.').waitFor()

    const after = await firstNames()
    expect(PARENT_SERVICES).toContain(after[0])
    expect(after).not.toEqual(before)
    await context.close()
  }, 60_000)

  it('makes a school link whose QR code holds it, and which opens offline and without JavaScript', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/schools')
    await page.getByRole('radio', { name: 'An article' }).check()
    await page.getByLabel('Article', { exact: true }).selectOption('low-mood')
    const link = page.locator('.share-outputs__url a')
    await expect.poll(() => link.getAttribute('href')).toMatch(/\/self-help\/low-mood$/)
    const url = (await link.getAttribute('href')) as string
    expect(new URL(url).search, 'no tracking or school in the link').toBe('')

    const qr = page.locator('.share-outputs svg[role="img"]').first()
    const drawn = await qr.evaluate((svg) => ({
      size: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
      path: svg.querySelector('path')?.getAttribute('d') ?? '',
    }))
    expect(decodeQr(drawn.size, drawn.path)).toBe(url)
    await waitForServiceWorker(page)

    // A pupil's laptop with JavaScript turned off.
    const noScript = await newContext(browser(), { javaScriptEnabled: false })
    const pupil = await noScript.newPage()
    await pupil.goto(url)
    await expect(pupil.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/low/i)
    await noScript.close()

    // The same device with no network, after its one visit.
    await context.setOffline(true)
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/low/i)
    await context.close()
  }, 60_000)
})
