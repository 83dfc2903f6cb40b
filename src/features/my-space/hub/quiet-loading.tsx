import { useEffect, useState } from 'react'

/** How long a read may take before "Loading…" shows: most reads finish well before. */
export const QUIET_LOADING_DELAY_MS = 500

/**
 * "Loading…", but only if loading takes a while: a message that flashes up and away again in a
 * moment is more unsettling than a short pause.
 */
export function QuietLoading({ text = 'Loading…' }: { text?: string }) {
  const [showing, setShowing] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setShowing(true), QUIET_LOADING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  return <p className="loading my-space-loading">{showing ? text : null}</p>
}
