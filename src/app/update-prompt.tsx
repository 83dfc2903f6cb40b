import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState, useSyncExternalStore } from 'react'
import {
  acceptUpdate,
  dismissUpdate,
  getUpdateReason,
  subscribeToUpdates,
} from '../lib/update-store.ts'

const messages = {
  'new-version': msg`A new version of Harbour is ready.`,
  'other-tab-upgraded': msg`Harbour was updated in another tab. Refresh this tab to carry on.`,
} as const

export function UpdatePrompt() {
  const reason = useSyncExternalStore(subscribeToUpdates, getUpdateReason, () => undefined)
  const [busy, setBusy] = useState(false)
  const { t } = useLingui()
  return (
    <div className="update-prompt-region" role="status">
      {reason && (
        <div className="update-prompt">
          <p>
            {t(messages[reason])}{' '}
            <Trans>
              Anything you have saved stays safe. Finish what you are doing first if you like.
            </Trans>
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
              <Trans>Refresh</Trans>
            </button>
            {reason === 'new-version' && (
              <button type="button" className="button" onClick={dismissUpdate}>
                <Trans>Not now</Trans>
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
