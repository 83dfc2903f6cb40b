import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

/**
 * False while a prerendered page hydrates (and on the server), true from then on. Anything read
 * from the address or the device waits for it, so the first render matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
