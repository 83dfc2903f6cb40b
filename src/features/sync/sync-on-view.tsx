import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { StatusMessage, type Status } from '../my-space/your-data/status-message.tsx'
import { AskFirstButton } from './ask-first-button.tsx'
import { deleteSyncedData, syncNow, turnOffSync } from './engine/sync-runner.ts'
import { ShowRecoveryKey } from './show-recovery-key.tsx'
import { SOMETHING_WENT_WRONG, deleteProblemWords } from './sync-problem-words.ts'
import { SyncStatusLine } from './sync-status-line.tsx'
import { problemStatus } from './unlock-link.tsx'

export const TURNED_OFF = msg`Sync is off on this device. Everything is still here on this device. Your other devices keep their copy.`
export const DELETED = msg`Your synced data was deleted from the server, and sync is off on this device. Everything is still here on this device. Other devices that used this key will stop syncing.`

interface Props {
  /** Sync was turned off here; says what happened, in words for the person. */
  onTurnedOff: (words: MessageDescriptor) => void
}

/** Sync is on: how it is doing, and everything the person can do about it. */
export function SyncOnView({ onTurnedOff }: Props) {
  const { i18n, t } = useLingui()
  const [syncing, setSyncing] = useState(false)
  const [offStatus, setOffStatus] = useState<Status>()
  const [deleteStatus, setDeleteStatus] = useState<Status>()

  async function syncAgain() {
    if (syncing) return
    setSyncing(true)
    // Never throws: the status line says how it went.
    await syncNow()
    setSyncing(false)
  }

  async function turnOff() {
    setOffStatus(undefined)
    try {
      await turnOffSync()
      onTurnedOff(TURNED_OFF)
    } catch (error) {
      console.error(error)
      setOffStatus({
        tone: 'problem',
        text: t`Sync couldn’t be turned off just now, so it is still on. You could try again.`,
      })
    }
  }

  async function deleteSynced() {
    setDeleteStatus(undefined)
    try {
      const outcome = await deleteSyncedData()
      if (outcome.ok) {
        onTurnedOff(DELETED)
        return
      }
      setDeleteStatus(
        problemStatus(deleteProblemWords(outcome.problem, i18n), outcome.problem === 'locked'),
      )
    } catch (error) {
      console.error(error)
      setDeleteStatus({ tone: 'problem', text: i18n._(SOMETHING_WENT_WRONG) })
    }
  }

  return (
    <div className="sync-view">
      <h3 tabIndex={-1}>
        <Trans>Sync is on</Trans>
      </h3>
      <SyncStatusLine />
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={syncing || undefined}
          onClick={() => void syncAgain()}
        >
          <Trans>Sync now</Trans>
        </button>
      </div>
      <ShowRecoveryKey />
      <section className="sync-part" aria-labelledby="sync-off-heading">
        <h4 id="sync-off-heading">
          <Trans>Turn off sync</Trans>
        </h4>
        <p>
          <Trans>
            Sync stops on this device and it forgets the recovery key. Everything stays here on this
            device, and your other devices keep their copy.
          </Trans>
        </p>
        <AskFirstButton
          label={t`Turn off sync…`}
          question={t`Turn off sync on this device? Everything stays here.`}
          yes={t`Turn off sync`}
          no={t`Keep sync on`}
          onYes={turnOff}
        />
        <StatusMessage status={offStatus} />
      </section>
      <section className="sync-part" aria-labelledby="sync-delete-heading">
        <h4 id="sync-delete-heading">
          <Trans>Delete my synced data</Trans>
        </h4>
        <p>
          <Trans>
            This deletes everything synced with your recovery key from the server. Sync turns off
            here, and your other devices stop syncing. Everything on this device stays here.
          </Trans>
        </p>
        <AskFirstButton
          label={t`Delete my synced data…`}
          question={t`Delete your synced data from the server? It can’t be brought back.`}
          yes={t`Delete it from the server`}
          no={t`Keep it`}
          onYes={deleteSynced}
        />
        <StatusMessage status={deleteStatus} />
      </section>
    </div>
  )
}
