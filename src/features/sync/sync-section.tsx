import { Trans } from '@lingui/react/macro'
import { lazy, Suspense, useEffect, useState } from 'react'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { takeKeyFromAddress } from './key-from-address.ts'
import './sync.css'

function DidNotLoad() {
  return (
    <p>
      <Trans>
        Sync&rsquo;s settings didn&rsquo;t load just now. Nothing has changed. Reloading the page
        may help.
      </Trans>
    </p>
  )
}

// The panel reads the device and brings the sync engine with it, so it loads only once the page
// is live: Settings paints without any of it. If its code can't be fetched, the page still works.
const SyncPanel = lazy(() =>
  import('./sync-panel.tsx').then(
    (module) => ({ default: module.SyncPanel }),
    (error: unknown) => {
      console.error(error)
      return { default: DidNotLoad }
    },
  ),
)

/**
 * Settings → Sync. Prerendered as a heading and a sentence; the rest appears once the page is
 * live. A recovery key arriving in the address (from a scanned QR code) is taken out of the
 * address at once and opens the form to use it.
 */
export function SyncSection() {
  const hydrated = useHydrated()
  const [keyFromAddress, setKeyFromAddress] = useState<string>()

  useEffect(() => {
    const key = takeKeyFromAddress()
    if (key !== undefined) setKeyFromAddress(key)
  }, [])

  return (
    <section className="storage-section sync-section" id="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">
        <Trans>Sync between your devices</Trans>
      </h2>
      <p>
        <Trans>
          Use Harbour on two devices, or get your things back on a new phone. It&rsquo;s off unless
          you turn it on.
        </Trans>
      </p>
      {hydrated && (
        <Suspense fallback={<p className="sync-loading" />}>
          {/* A key from the address starts the panel afresh, on the form to use it. */}
          <SyncPanel key={keyFromAddress ?? 'no-key'} keyFromAddress={keyFromAddress} />
        </Suspense>
      )}
    </section>
  )
}
