import { useEffect, useState } from 'react'
import { useHydrated } from '../../../ui/use-hydrated.ts'

const MINUTE = 60_000

/**
 * The time, once the page is live, refreshed each minute so "open now" stays true. Undefined
 * while prerendering and hydrating: the HTML must not depend on when it was made.
 */
export function useNow(): Date | undefined {
  const hydrated = useHydrated()
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), MINUTE)
    return () => clearInterval(timer)
  }, [])
  return hydrated ? now : undefined
}
