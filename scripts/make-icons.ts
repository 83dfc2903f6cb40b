/**
 * Draws the app icons from Harbour's mark with Chromium. Run it when the mark changes:
 *   npx tsx scripts/make-icons.ts
 */
import { mkdir } from 'node:fs/promises'
import { launchChromium } from './chromium.ts'
import { BACKGROUND_COLOUR, THEME_COLOUR } from './web-manifest.ts'

const mark = (size: number, inset: number, rounded: boolean) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${rounded ? 7 : 0}" fill="${THEME_COLOUR}"/>
  <g transform="translate(${inset} ${inset}) scale(${(32 - 2 * inset) / 32})">
    <circle cx="16" cy="13.5" r="6" fill="#f4c25b"/>
    <path d="M5 21c3.7-2.7 7.3-2.7 11 0s7.3 2.7 11 0M5 26c3.7-2.7 7.3-2.7 11 0s7.3 2.7 11 0"
      fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>
  </g>
</svg>`

// Maskable icons keep their artwork inside the central 80% safe zone.
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, inset: 2, rounded: true },
  { file: 'public/icons/icon-512.png', size: 512, inset: 2, rounded: true },
  { file: 'public/icons/icon-maskable-512.png', size: 512, inset: 5, rounded: false },
  { file: 'public/apple-touch-icon.png', size: 180, inset: 3, rounded: false },
]

const browser = await launchChromium()
try {
  await mkdir('public/icons', { recursive: true })
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
    await page.setContent(
      `<body style="margin:0;background:${BACKGROUND_COLOUR}">${mark(icon.size, icon.inset, icon.rounded)}</body>`,
    )
    await page.locator('svg').screenshot({ path: icon.file, omitBackground: true })
    await page.close()
    console.log(`wrote ${icon.file}`)
  }
} finally {
  await browser.close()
}
