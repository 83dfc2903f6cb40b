import { describe, expect, it } from 'vitest'
import { applyPreferences } from './apply-preferences.ts'
import { DEFAULT_PREFERENCES, parsePreferences, withPreferenceAttributes } from './preferences.ts'

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

describe('withPreferenceAttributes', () => {
  it('writes the preferences onto the <html> tag of a page', () => {
    const html = '<!doctype html>\n<html lang="en-GB">\n<head></head><body><p>hi</p></body></html>'
    expect(
      withPreferenceAttributes(html, { theme: 'dark', textSize: 'large', motion: 'reduce' }),
    ).toContain('<html lang="en-GB" data-theme="dark" data-text-size="large" data-motion="reduce">')
  })

  it('replaces attributes that are already there rather than doubling them', () => {
    const html = '<html lang="en-GB" data-theme="light">'
    const once = withPreferenceAttributes(html, { ...DEFAULT_PREFERENCES, theme: 'dark' })
    const twice = withPreferenceAttributes(once, { ...DEFAULT_PREFERENCES, theme: 'high-contrast' })
    expect(twice.match(/data-theme=/g)).toHaveLength(1)
    expect(twice).toContain('data-theme="high-contrast"')
  })

  it('leaves a document with no <html> tag alone', () => {
    expect(withPreferenceAttributes('<p>x</p>', DEFAULT_PREFERENCES)).toBe('<p>x</p>')
  })
})
