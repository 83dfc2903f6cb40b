import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAreaPack } from '../src/lib/area-pack.ts'
import { loadAreaPack } from './vite-plugin-area.ts'
import { BACKGROUND_COLOUR, THEME_COLOUR, webManifest } from './web-manifest.ts'

const root = path.resolve(import.meta.dirname, '..')

const plainArea = parseAreaPack(
  {
    id: 'north-vale',
    name: 'North Vale',
    appName: 'Harbour',
    quickExitUrl: 'https://www.bbc.co.uk/weather',
    crisisLines: [],
    reportConcern: {
      name: 'North Vale safeguarding team',
      when: 'If you are worried that a child is not safe, tell us the same day.',
      email: 'safeguarding@example.org',
    },
  },
  'area.json',
)

describe('the web manifest', () => {
  it("uses Harbour's own colours and name for an area that sets neither", () => {
    const manifest = webManifest(plainArea)
    expect(manifest.theme_color).toBe(THEME_COLOUR)
    expect(manifest.background_color).toBe(BACKGROUND_COLOUR)
    expect(manifest.name).toBe('Harbour: wellbeing support')
    expect(manifest.short_name).toBe('Harbour')
  })

  it("takes the theme colour and name from an area's pack", () => {
    const riverside = loadAreaPack(root, 'riverside')
    const manifest = webManifest(riverside)
    expect(manifest.theme_color).toBe(riverside.colours?.brand)
    expect(manifest.theme_color).toBe('#5b2a86')
    expect(manifest.name).toBe('Riverside Harbour')
  })
})
