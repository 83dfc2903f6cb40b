/**
 * Takes the install screenshots named in the web manifest from the real built app. Run it after a
 * build when the look of the home or help page changes:
 *   npm run build && npx tsx scripts/make-screenshots.ts
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { launchChromium } from './chromium.ts'
import { startServer } from './local-server.ts'

const shots = [
  { file: 'home-narrow.png', path: '/', width: 390, height: 844, scale: 2 },
  { file: 'help-wide.png', path: '/help', width: 1280, height: 800, scale: 1 },
]

const root = path.resolve(import.meta.dirname, '..')
const server = await startServer(root)
const browser = await launchChromium()
try {
  await mkdir(path.join(root, 'public/screenshots'), { recursive: true })
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: shot.scale,
    })
    await page.goto(`${server.url}${shot.path}`)
    await page.waitForSelector('html[data-ready]', { state: 'attached' })
    await page.screenshot({ path: path.join(root, 'public/screenshots', shot.file) })
    await page.close()
    console.log(`wrote public/screenshots/${shot.file}`)
  }
} finally {
  await browser.close()
  await server.stop()
}
