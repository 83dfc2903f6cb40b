export const LOCK_SETTINGS_PATH = '/my-space/lock'
export const FORGOTTEN_PASSCODE_PATH = '/my-space/forgotten-passcode'
const UNLOCK_PATH = '/my-space/unlock'

/** The unlock page, coming back here afterwards. */
export function unlockPath(comeBackTo: string): string {
  return `${UNLOCK_PATH}?next=${encodeURIComponent(comeBackTo)}`
}

/**
 * Where to go after unlocking: only a path inside Harbour. Anything else (another site, a
 * protocol-relative "//host", nothing at all) goes to My space.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/my-space'
  }
  return next
}
