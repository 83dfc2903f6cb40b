import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * When the address names a part of the page (#actions), moves focus there, which also scrolls
 * it into view. The router does not do this itself for links followed inside the app, and
 * moving focus lets keyboard and screen reader users carry on from that part.
 */
export function useFocusOnHash(): void {
  const { hash, key } = useLocation()
  useEffect(() => {
    if (hash.length < 2) return
    const target = document.getElementById(decodeURIComponent(hash.slice(1)))
    if (!target) return
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus()
  }, [hash, key])
}
