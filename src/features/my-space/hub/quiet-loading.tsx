import { useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'

/** How long a read may take before "Loading…" shows: most reads finish well before. */
export const QUIET_LOADING_DELAY_MS = 500

/**
 * "Loading…", but only if loading takes a while: a message that flashes up and away again in a
 * moment is more unsettling than a short pause.
 */
export function QuietLoading({ text }: { text?: string }) {
  const [showing, setShowing] = useState(false)
  const { t } = useLingui()
  useEffect(() => {
    const timer = setTimeout(() => setShowing(true), QUIET_LOADING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  return <p className="loading my-space-loading">{showing ? (text ?? t`Loading…`) : null}</p>
}
