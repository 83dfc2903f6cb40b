import { useState, useSyncExternalStore } from 'react'
import {
  acceptUpdate,
  dismissUpdate,
  getUpdateReason,
  subscribeToUpdates,
} from '../lib/update-store.ts'

const messages = {
  'new-version': 'A new version of Harbour is ready.',
  'other-tab-upgraded': 'Harbour was updated in another tab. Refresh this tab to carry on.',
} as const

export function UpdatePrompt() {
  const reason = useSyncExternalStore(subscribeToUpdates, getUpdateReason, () => undefined)
  const [busy, setBusy] = useState(false)
  return (
    <div className="update-prompt-region" role="status">
      {reason && (
        <div className="update-prompt">
          <p>
            {messages[reason]} Anything you have saved stays safe. Finish what you are doing first
            if you like.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => {
                setBusy(true)
                void acceptUpdate()
              }}
            >
              Refresh
            </button>
            {reason === 'new-version' && (
              <button type="button" className="button" onClick={dismissUpdate}>
                Not now
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
