import { Trans } from '@lingui/react/macro'
import { useSyncExternalStore } from 'react'

function subscribe(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

export function OfflineIndicator() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
  return (
    <div className="offline-region" role="status">
      {!online && (
        <p className="offline-indicator">
          <Trans>You’re offline. Harbour still works, and phone numbers still work too.</Trans>
        </p>
      )}
    </div>
  )
}
