import * as v from 'valibot'

export const THEMES = ['system', 'light', 'dark', 'high-contrast'] as const
export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const
export const MOTION = ['system', 'reduce'] as const

const PreferencesSchema = v.object({
  theme: v.fallback(v.picklist(THEMES), 'system'),
  textSize: v.fallback(v.picklist(TEXT_SIZES), 'standard'),
  motion: v.fallback(v.picklist(MOTION), 'system'),
})

export type Preferences = v.InferOutput<typeof PreferencesSchema>
export type Theme = Preferences['theme']
export type TextSize = Preferences['textSize']
export type Motion = Preferences['motion']

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  theme: 'system',
  textSize: 'standard',
  motion: 'system',
})

/**
 * Reads stored preferences. Anything unreadable (an older format, a hand-edited value) falls back
 * to the default for that one field, so a bad value never breaks the app or loses the others.
 */
export function parsePreferences(stored: string | null): Preferences {
  if (!stored) return DEFAULT_PREFERENCES
  let data: unknown
  try {
    data = JSON.parse(stored)
  } catch {
    return DEFAULT_PREFERENCES
  }
  const result = v.safeParse(PreferencesSchema, typeof data === 'object' && data ? data : {})
  return result.success ? result.output : DEFAULT_PREFERENCES
}

/** The <html> attributes the stylesheet reads, e.g. data-theme="dark". */
export function preferenceAttributes(prefs: Preferences): Record<string, string> {
  return {
    'data-theme': prefs.theme,
    'data-text-size': prefs.textSize,
    'data-motion': prefs.motion,
  }
}

/**
 * The same attributes written into a page's HTML before it reaches the browser. The service
 * worker does this, so a chosen theme is there from the first paint with no script at all.
 */
export function withPreferenceAttributes(html: string, prefs: Preferences): string {
  const attributes = Object.entries(preferenceAttributes(prefs))
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')
  return html.replace(/<html\b([^>]*)>/, (_tag, existing: string) => {
    const kept = existing.replace(/\sdata-(theme|text-size|motion)="[^"]*"/g, '')
    return `<html${kept}${attributes}>`
  })
}

/** Where the page leaves the preferences for the service worker (which has no localStorage). */
export const PREFERENCES_CACHE = 'harbour-preferences'
export const PREFERENCES_URL = '/__harbour/preferences.json'
