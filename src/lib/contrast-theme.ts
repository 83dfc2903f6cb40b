/* eslint-disable lingui/no-unlocalized-strings -- messages for whoever writes an area pack, at build time: the build's own config reads this file, so it stays free of Lingui */
import { contrastRatio, formatRatio, TEXT_CONTRAST } from './contrast.ts'

/** One theme's colours an area may set. `link` falls back to `brand`. */
export interface ThemeColours {
  brand: string
  onBrand: string
  link?: string | undefined
}

export interface AreaColours extends ThemeColours {
  /** For the dark theme; without it the dark theme keeps Harbour's own colours. */
  dark?: ThemeColours | undefined
}

/**
 * The backgrounds the area's colours sit on, as set in src/ui/styles/theme.css (a test keeps the
 * two the same). The high-contrast theme is never recoloured, so it is not listed.
 */
export const THEME_BACKGROUNDS = {
  light: { page: '#f7f4ee', card: '#ffffff', 'soft panel': '#eef4f3' },
  dark: { page: '#111a1e', card: '#18252b', 'soft panel': '#1d2e35' },
} as const

export interface ContrastProblem {
  /** The field at fault, as a dot path in area.json, e.g. `colours.dark.onBrand`. */
  path: string
  message: string
}

interface Pair {
  field: keyof ThemeColours
  foreground: string
  background: string
  against: string
}

/**
 * Every pair the app draws with these colours. Each is held to the 4.5:1 of text, even where the
 * colour is also a border or a filled shape (3:1 would do there): the brand colour is the label
 * of an outlined button as well as its border, `onBrand` is the label on a filled button, and
 * `link` is text.
 */
function pairsFor(colours: ThemeColours, backgrounds: Record<string, string>): Pair[] {
  const pairs: Pair[] = [
    {
      field: 'onBrand',
      foreground: colours.onBrand,
      background: colours.brand,
      against: `the brand colour ${colours.brand}`,
    },
  ]
  for (const [name, background] of Object.entries(backgrounds)) {
    const against = `the ${name} background ${background}`
    pairs.push({ field: 'brand', foreground: colours.brand, background, against })
    if (colours.link) pairs.push({ field: 'link', foreground: colours.link, background, against })
  }
  return pairs
}

function check(pairs: Pair[], prefix: string): ContrastProblem[] {
  return pairs.flatMap(({ field, foreground, background, against }) => {
    const ratio = contrastRatio(foreground, background)
    if (ratio >= TEXT_CONTRAST) return []
    return [
      {
        path: `${prefix}.${field}`,
        message: `${foreground} on ${against} is ${formatRatio(ratio)}; it needs at least ${TEXT_CONTRAST}:1`,
      },
    ]
  })
}

/** Checks an area's colours against the backgrounds of the themes they recolour (WCAG 2.2 AA). */
export function checkAreaColours(colours: AreaColours, prefix = 'colours'): ContrastProblem[] {
  const problems = check(pairsFor(colours, THEME_BACKGROUNDS.light), prefix)
  if (colours.dark) {
    problems.push(...check(pairsFor(colours.dark, THEME_BACKGROUNDS.dark), `${prefix}.dark`))
  }
  return problems
}
