import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { MOTION, parsePreferences, TEXT_SIZES, THEMES } from './preferences.ts'

const bootScript = readFileSync(
  path.resolve(import.meta.dirname, '../../../public/preferences.js'),
  'utf8',
)

function runBootScript(stored: string | null) {
  const root = document.documentElement
  delete root.dataset.theme
  delete root.dataset.textSize
  delete root.dataset.motion
  if (stored === null) localStorage.removeItem('harbour.preferences')
  else localStorage.setItem('harbour.preferences', stored)
  new Function(bootScript)()
  return { theme: root.dataset.theme, textSize: root.dataset.textSize, motion: root.dataset.motion }
}

describe('public/preferences.js, the before-paint boot script', () => {
  beforeEach(() => localStorage.clear())

  it('applies every value the app accepts, exactly as the app would', () => {
    for (const theme of THEMES)
      for (const textSize of TEXT_SIZES)
        for (const motion of MOTION) {
          const stored = JSON.stringify({ theme, textSize, motion })
          expect(runBootScript(stored)).toEqual(parsePreferences(stored))
        }
  })

  it('ignores values the app would not accept', () => {
    expect(runBootScript(JSON.stringify({ theme: 'neon', textSize: 9, motion: null }))).toEqual({
      theme: undefined,
      textSize: undefined,
      motion: undefined,
    })
  })

  it('survives broken or missing storage', () => {
    expect(() => runBootScript('{not json')).not.toThrow()
    expect(() => runBootScript(null)).not.toThrow()
    expect(() => runBootScript('null')).not.toThrow()
  })
})
