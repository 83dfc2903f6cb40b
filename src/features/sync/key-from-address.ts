/*
 * The QR code of a recovery key is a link to Settings with the key in the address's #fragment,
 * which browsers never send to any server. Settings takes the key out of the address at once, so
 * it is not left in the history, a bookmark or a shared screenshot of the address bar.
 */

const PARAM = 'sync-key'

/** The link a QR code holds: opens this Harbour's Settings with the key ready to use. */
export function recoveryKeyLink(origin: string, recoveryKey: string): string {
  return `${origin}/settings#${PARAM}=${encodeURIComponent(recoveryKey)}`
}

/** The key in a fragment such as `#sync-key=ABC…`; undefined when there is none. */
export function keyInFragment(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const key = params.get(PARAM)?.trim()
  return key ? key : undefined
}

/**
 * Reads a key from this page's address and removes it from the address straight away (the path
 * and query stay, and so does the router's state for this entry).
 */
export function takeKeyFromAddress(): string | undefined {
  const { hash, pathname, search } = window.location
  if (!new URLSearchParams(hash.replace(/^#/, '')).has(PARAM)) return undefined
  window.history.replaceState(window.history.state, '', `${pathname}${search}`)
  return keyInFragment(hash)
}
