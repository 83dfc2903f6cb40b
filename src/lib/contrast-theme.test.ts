import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAreaColours, THEME_BACKGROUNDS } from './contrast-theme.ts'

const themeCss = readFileSync(path.resolve(import.meta.dirname, '../ui/styles/theme.css'), 'utf8')

/** The custom properties set by the first rule with this selector in theme.css. */
function themeVariables(selector: string): Record<string, string> {
  const start = themeCss.indexOf(`${selector} {`)
  const body = themeCss.slice(start, themeCss.indexOf('}', start))
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]))
}

const harbourColours = {
  brand: '#1b5e6f',
  onBrand: '#ffffff',
  link: '#15596a',
  dark: { brand: '#8fd3e3', onBrand: '#0d1c21', link: '#8fd3e3' },
}

describe('area colours against the theme', () => {
  it('knows the same backgrounds as theme.css', () => {
    for (const [theme, selector] of [
      ['light', ':root'],
      ['dark', ":root[data-theme='dark']"],
    ] as const) {
      const css = themeVariables(selector)
      expect(THEME_BACKGROUNDS[theme]).toEqual({
        page: css['--bg'],
        card: css['--surface'],
        'soft panel': css['--surface-soft'],
      })
    }
  })

  it("accepts Harbour's own colours", () => {
    expect(checkAreaColours(harbourColours)).toEqual([])
  })

  it('names the field and the ratio when text on the brand colour is too faint', () => {
    const problems = checkAreaColours({ ...harbourColours, onBrand: '#8fd3e3' })
    expect(problems).toEqual([
      {
        path: 'colours.onBrand',
        message: '#8fd3e3 on the brand colour #1b5e6f is 4.3:1; it needs at least 4.5:1',
      },
    ])
  })

  it('checks the brand colour on every light background, as it is also text', () => {
    // Mid grey on white: 4.4:1, so it fails on each of the three light backgrounds.
    const problems = checkAreaColours({ brand: '#777777', onBrand: '#000000' })
    expect(problems.map((p) => p.path)).toEqual(['colours.brand', 'colours.brand', 'colours.brand'])
    expect(problems[0]?.message).toBe(
      '#777777 on the page background #f7f4ee is 4.0:1; it needs at least 4.5:1',
    )
  })

  it('checks a link colour only when one is given (the brand colour is checked already)', () => {
    const problems = checkAreaColours({ ...harbourColours, link: '#7fa0aa' })
    expect(new Set(problems.map((p) => p.path))).toEqual(new Set(['colours.link']))
  })

  it('checks dark colours against the dark backgrounds, under colours.dark', () => {
    const problems = checkAreaColours({
      ...harbourColours,
      dark: { brand: '#1b5e6f', onBrand: '#ffffff' },
    })
    expect(problems.length).toBeGreaterThan(0)
    expect(new Set(problems.map((p) => p.path))).toEqual(new Set(['colours.dark.brand']))
    expect(problems[0]?.message).toMatch(/on the page background #111a1e is \d\.\d:1/)
  })
})
