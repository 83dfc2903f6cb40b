import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { LockedError } from '../../db/lock/locked-error.ts'
import { StatusMessage, type Status } from '../my-space/your-data/status-message.tsx'
import { readRecoveryKeyForDisplay } from './engine/sync-runner.ts'
import { RecoveryKeyDetails } from './recovery-key-details.tsx'
import { SOMETHING_WENT_WRONG } from './sync-problem-words.ts'
import { UnlockLink } from './unlock-link.tsx'

/**
 * Shows the key again, on request only. It is kept locked with My space's passcode, so while My
 * space is locked it says so and offers to unlock.
 */
export function ShowRecoveryKey() {
  const { i18n, t } = useLingui()
  const [recoveryKey, setRecoveryKey] = useState<string>()
  const [status, setStatus] = useState<Status>()

  async function show() {
    setStatus(undefined)
    try {
      const key = await readRecoveryKeyForDisplay()
      if (key === undefined) {
        setStatus({ tone: 'problem', text: t`Sync is off on this device, so there is no key.` })
        return
      }
      setRecoveryKey(key)
    } catch (error) {
      if (error instanceof LockedError) {
        setStatus({
          tone: 'problem',
          text: (
            <>
              <Trans>My space is locked, and your recovery key is locked with it.</Trans>{' '}
              <UnlockLink />
            </>
          ),
        })
        return
      }
      console.error(error)
      setStatus({ tone: 'problem', text: i18n._(SOMETHING_WENT_WRONG) })
    }
  }

  return (
    <div className="sync-part">
      {recoveryKey === undefined ? (
        <button type="button" className="button" onClick={() => void show()}>
          <Trans>Show my recovery key</Trans>
        </button>
      ) : (
        <>
          <RecoveryKeyDetails recoveryKey={recoveryKey} />
          <button type="button" className="button" onClick={() => setRecoveryKey(undefined)}>
            <Trans>Hide my recovery key</Trans>
          </button>
        </>
      )}
      <StatusMessage status={status} />
    </div>
  )
}
