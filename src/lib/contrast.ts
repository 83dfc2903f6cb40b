/** A colour written as #rgb or #rrggbb, the only form an area pack accepts. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** The WCAG 2.2 AA minimum for text (1.4.3); borders and shapes need 3:1 (1.4.11). */
export const TEXT_CONTRAST = 4.5

/** The red, green and blue channels of a hex colour, each 0–255. */
export function parseHexColour(colour: string): [number, number, number] {
  if (!HEX_COLOUR.test(colour)) throw new Error(`${colour} is not a colour like #1b5e6f`)
  const digits = colour.slice(1)
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ]
}

/** From a gamma-encoded sRGB channel (0–255) to linear light, as WCAG defines it. */
function linearChannel(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHexColour(colour).map(linearChannel) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (lighter + 0.05) / (darker + 0.05)
}

/**
 * The ratio as people quote it, rounded down so a pair that only just fails never reads as if it
 * passed (4.49 shows as 4.4:1, not 4.5:1).
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`
}
