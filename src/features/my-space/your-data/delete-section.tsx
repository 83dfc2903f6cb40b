import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { Link } from 'react-router'
import { BACKUP_TABLES } from '../../../db/backup/backup-format.ts'
import { deleteEverything } from '../../../db/delete-everything.ts'
import { useAskFirst } from '../../../ui/use-ask-first.ts'
import { countedRecords } from './counted-records.ts'
import { StatusMessage, type Status } from './status-message.tsx'
import { useRecordCounts } from './use-record-counts.ts'

const WHAT_GOES: readonly MessageDescriptor[] = [
  msg`your check-ins`,
  msg`your goals and their ratings`,
  msg`your safety plan`,
  msg`your About me`,
  msg`the articles, tools and services you saved`,
  msg`what you wrote in tools, like your coping kit, worry trees and thought records`,
]

function CountsNow() {
  const counts = useRecordCounts()
  const { i18n } = useLingui()
  if (!counts) return null
  const parts = BACKUP_TABLES.filter((table) => counts[table] > 0)
    .map((table) => countedRecords(table, counts[table], i18n))
    .join(', ')
  return (
    <p>
      {parts ? (
        <Trans>On this device now: {parts}.</Trans>
      ) : (
        <Trans>There is nothing saved in Harbour on this device right now.</Trans>
      )}
    </p>
  )
}

export function DeleteSection() {
  const { asking, ask, stopAsking, questionRef, openerRef } = useAskFirst()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()
  const { i18n, t } = useLingui()

  async function confirmDelete() {
    setBusy(true)
    try {
      await deleteEverything()
      setStatus({ tone: 'done', text: t`Done. Everything Harbour kept on this device is deleted.` })
      stopAsking()
    } catch (error) {
      console.error(error)
      setStatus({
        tone: 'problem',
        text: t`We couldn’t delete your data just now, so nothing has been deleted. You could try again. If it keeps happening, closing Harbour and opening it again may help.`,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="your-data__section" aria-labelledby="delete-heading">
      <h2 id="delete-heading">
        <Trans>Delete everything</Trans>
      </h2>
      <p>
        <Trans>This deletes everything Harbour keeps on this device:</Trans>
      </p>
      <ul>
        {WHAT_GOES.map((thing) => (
          <li key={thing.id}>{i18n._(thing)}</li>
        ))}
      </ul>
      <CountsNow />
      <p>
        <Trans>
          Your display choices (colours, text size and motion) stay, because they say nothing about
          you. You can change them in <Link to="/settings">Settings</Link>.
        </Trans>
      </p>
      <p>
        <Trans>
          Once it is deleted, it can’t be brought back. If you might want it later, download a copy
          first.
        </Trans>
      </p>
      {asking ? (
        <div className="confirm-delete-all" role="group" aria-labelledby="delete-question">
          <p id="delete-question" ref={questionRef} tabIndex={-1} className="confirm-question">
            <Trans>Delete everything Harbour keeps on this device?</Trans>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void confirmDelete()}
            >
              <Trans>Delete everything</Trans>
            </button>
            <button type="button" className="button" disabled={busy} onClick={stopAsking}>
              <Trans>Keep my data</Trans>
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={openerRef}
          type="button"
          className="button"
          onClick={() => {
            setStatus(undefined)
            ask()
          }}
        >
          <Trans>Delete everything…</Trans>
        </button>
      )}
      <StatusMessage status={status} />
    </section>
  )
}
