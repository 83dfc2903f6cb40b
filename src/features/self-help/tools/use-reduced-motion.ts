import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'

function mediaQuery(): MediaQueryList | undefined {
  // jsdom and some older browsers have no matchMedia; then only the in-app setting counts.
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : undefined
}

/** True when the device asks for less motion, or the person chose it in Harbour's settings. */
export function prefersReducedMotion(): boolean {
  return document.documentElement.dataset.motion === 'reduce' || (mediaQuery()?.matches ?? false)
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery()
  query?.addEventListener('change', onChange)
  // The in-app setting lives on <html data-motion>, so watch that attribute directly.
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-motion'] })
  return () => {
    query?.removeEventListener('change', onChange)
    observer.disconnect()
  }
}

export function useReducedMotion(): boolean {
  // On the server there is no device to ask; the still version is the safe guess.
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => true)
}
