/**
 * The router gives each history entry a key; the entry Harbour was opened (or reloaded) on keeps
 * its key, and the router calls a fresh load's entry "default".
 */
function readInitialKey(): string | undefined {
  if (typeof window === 'undefined') return undefined
  const state: unknown = window.history.state
  const key = typeof state === 'object' && state ? (state as { key?: unknown }).key : undefined
  return typeof key === 'string' ? key : 'default'
}

const initialKey = readInitialKey()

/** True when this location was reached by navigating inside Harbour, not by opening it. */
export function isInAppArrival(locationKey: string): boolean {
  return initialKey !== undefined && locationKey !== initialKey
}
