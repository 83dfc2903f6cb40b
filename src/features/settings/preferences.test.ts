import { describe, expect, it } from 'vitest'
import { applyPreferences, DEFAULT_PREFERENCES, parsePreferences } from './preferences.ts'

describe('parsePreferences', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES)
  })

  it('keeps good values and replaces only the bad ones', () => {
    const stored = JSON.stringify({ theme: 'dark', textSize: 'enormous', motion: 'reduce' })
    expect(parsePreferences(stored)).toEqual({
      theme: 'dark',
      textSize: 'standard',
      motion: 'reduce',
    })
  })

  it('survives text that is not JSON', () => {
    expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('"dark"')).toEqual(DEFAULT_PREFERENCES)
  })
})

describe('applyPreferences', () => {
  it('sets data attributes that the stylesheet reads', () => {
    const root = document.createElement('html')
    applyPreferences({ theme: 'high-contrast', textSize: 'largest', motion: 'reduce' }, root)
    expect(root.dataset).toMatchObject({
      theme: 'high-contrast',
      textSize: 'largest',
      motion: 'reduce',
    })
  })
})
