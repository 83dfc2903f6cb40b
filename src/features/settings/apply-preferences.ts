import { preferenceAttributes, type Preferences } from './preferences.ts'

/** Puts preferences on <html> as data attributes; the stylesheet does the rest. */
export function applyPreferences(prefs: Preferences, root: Element): void {
  for (const [name, value] of Object.entries(preferenceAttributes(prefs))) {
    root.setAttribute(name, value)
  }
}
