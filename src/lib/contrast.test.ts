import { describe, expect, it } from 'vitest'
import { contrastRatio, formatRatio, parseHexColour, relativeLuminance } from './contrast.ts'

describe('contrast', () => {
  it('reads long and short hex colours, in either case', () => {
    expect(parseHexColour('#1B5e6f')).toEqual([27, 94, 111])
    expect(parseHexColour('#fa0')).toEqual([255, 170, 0])
  })

  it('refuses anything that is not a hex colour', () => {
    for (const bad of ['1b5e6f', '#12345', '#ggg', 'red', 'rgb(0,0,0)']) {
      expect(() => parseHexColour(bad)).toThrow(/is not a colour/)
    }
  })

  it('gives black and white the luminances WCAG defines', () => {
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10)
    // A channel at or below 0.04045 (10 of 255) is on the straight part of the sRGB curve.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10)
  })

  it('matches known contrast ratios, whichever colour comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
    // #767676 on white is the well-known lightest grey that passes 4.5:1; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
  })

  it('rounds a ratio down, so one that only just fails never reads as a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.4:1')
    expect(formatRatio(21)).toBe('21.0:1')
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.4:1')
  })
})
