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

/** Puts preferences on <html> as data attributes; the stylesheet does the rest. */
export function applyPreferences(prefs: Preferences, root: HTMLElement): void {
  root.dataset.theme = prefs.theme
  root.dataset.textSize = prefs.textSize
  root.dataset.motion = prefs.motion
}
