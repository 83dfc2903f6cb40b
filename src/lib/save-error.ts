import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'

/**
 * Turns a failed save into words for the person. Whatever went wrong, what they wrote is still on
 * the screen, so every message says so: the worst thing here would be to make them type it again.
 */
export type SaveProblem = 'full' | 'unavailable' | 'locked' | 'unknown'

/* eslint-disable lingui/no-unlocalized-strings -- error names from the browser and Dexie */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

// Dexie's names for "there is no usable database here" (private modes, blocked storage, a
// connection the browser dropped), plus the DOM's own.
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
])

function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  // Dexie wraps the browser's error in `inner`; newer code uses `cause`. Follow both, a few deep.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown }
    if (typeof name === 'string') names.push(name)
    current = inner ?? cause
  }
  return names
}

export function classifySaveError(error: unknown): SaveProblem {
  const names = errorNames(error)
  // The passcode lock (src/db/lock) refuses to read or write while My space is locked.
  if (names.includes('LockedError')) return 'locked'
  if (names.some((name) => QUOTA_NAMES.has(name))) return 'full'
  if (names.some((name) => UNAVAILABLE_NAMES.has(name))) return 'unavailable'
  return 'unknown'
}

/* eslint-enable lingui/no-unlocalized-strings */

const messages: Record<SaveProblem, MessageDescriptor> = {
  full: msg`We couldn't save this on your device because it is full. What you wrote is still here. You could free up some space (for example, delete photos or apps you don't need) and try again.`,
  unavailable: msg`We couldn't save this on your device. Your browser isn't letting Harbour keep things right now (private browsing can do this). What you wrote is still here.`,
  locked: msg`My space is locked, so this wasn't saved. Unlock My space with your passcode, then save it again. What you wrote is still here.`,
  unknown: msg`We couldn't save this on your device. What you wrote is still here, so you can try again.`,
}

/** The words for a failed save, in the page's language (callers pass `useLingui().i18n`). */
export function saveErrorMessage(error: unknown, i18n: I18n): string {
  return i18n._(messages[classifySaveError(error)])
}
