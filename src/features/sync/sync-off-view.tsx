import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { StatusMessage, type Status } from '../my-space/your-data/status-message.tsx'
import { turnOnSync } from './engine/sync-runner.ts'
import { SOMETHING_WENT_WRONG, turnOnProblemWords } from './sync-problem-words.ts'
import { SyncStatusLine } from './sync-status-line.tsx'
import { problemStatus } from './unlock-link.tsx'
import { useSyncStatus } from './use-sync-status.ts'

interface Props {
  /** Sync is on and this is its new key, to show before anything else. */
  onTurnedOn: (recoveryKey: string) => void
  onHaveKey: () => void
}

/** Sync is off: what it does in plain words, and two equal ways to start. */
export function SyncOffView({ onTurnedOn, onHaveKey }: Props) {
  const { i18n, t } = useLingui()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()
  const syncStatus = useSyncStatus()
  const gone = syncStatus.kind === 'problem' && syncStatus.problem === 'account-gone'

  async function turnOn() {
    if (busy) return
    setBusy(true)
    setStatus({ tone: 'done', text: t`Turning on sync…` })
    try {
      const outcome = await turnOnSync()
      if (outcome.ok) {
        onTurnedOn(outcome.recoveryKey)
        return
      }
      setStatus(
        problemStatus(turnOnProblemWords(outcome.problem, i18n), outcome.problem === 'locked'),
      )
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: i18n._(SOMETHING_WENT_WRONG) })
    }
    setBusy(false)
  }

  return (
    <div className="sync-view">
      <h3 tabIndex={-1}>
        <Trans>Sync is off on this device</Trans>
      </h3>
      {gone && <SyncStatusLine />}
      <p>
        <Trans>
          Sync keeps a copy of your things so you can use Harbour on two devices, or get everything
          back on a new phone. It&rsquo;s off unless you turn it on.
        </Trans>
      </p>
      <ul>
        <li>
          <Trans>
            <strong>What is sent:</strong> only locked boxes. Your things are locked on this device
            before they leave it, and the server can&rsquo;t open them. No name, no email, no
            password.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>How you open them:</strong> with a recovery key, a line of letters and numbers
            Harbour makes for you. You&rsquo;ll use it on your other device.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>If the key is lost:</strong> nobody can open the synced copy, not even the
            people who run Harbour, so it can&rsquo;t be got back. What&rsquo;s on this device stays
            here.
          </Trans>
        </li>
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void turnOn()}
        >
          <Trans>Turn on sync</Trans>
        </button>
        <button type="button" className="button" onClick={onHaveKey}>
          <Trans>I already have a recovery key</Trans>
        </button>
      </div>
      <StatusMessage status={status} />
    </div>
  )
}
