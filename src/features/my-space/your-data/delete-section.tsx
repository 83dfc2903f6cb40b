import { useState } from 'react'
import { Link } from 'react-router'
import { BACKUP_TABLES, countNoun } from '../../../db/backup/backup-format.ts'
import { deleteEverything } from '../../../db/delete-everything.ts'
import { useAskFirst } from '../../../ui/use-ask-first.ts'
import { StatusMessage, type Status } from './status-message.tsx'
import { useRecordCounts } from './use-record-counts.ts'

const WHAT_GOES = [
  'your check-ins',
  'your goals and their ratings',
  'your safety plan',
  'your About me',
  'the articles, tools and services you saved',
  'what you wrote in tools, like your coping kit, worry trees and thought records',
]

const DELETE_PROBLEM =
  'We couldn’t delete your data just now, so nothing has been deleted. You could try again. If it keeps happening, closing Harbour and opening it again may help.'

function CountsNow() {
  const counts = useRecordCounts()
  if (!counts) return null
  const parts = BACKUP_TABLES.filter((table) => counts[table] > 0).map((table) =>
    countNoun(table, counts[table]),
  )
  return (
    <p>
      {parts.length > 0
        ? `On this device now: ${parts.join(', ')}.`
        : 'There is nothing saved in Harbour on this device right now.'}
    </p>
  )
}

export function DeleteSection() {
  const { asking, ask, stopAsking, questionRef, openerRef } = useAskFirst()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()

  async function confirmDelete() {
    setBusy(true)
    try {
      await deleteEverything()
      setStatus({ tone: 'done', text: 'Done. Everything Harbour kept on this device is deleted.' })
      stopAsking()
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: DELETE_PROBLEM })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="your-data__section" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete everything</h2>
      <p>This deletes everything Harbour keeps on this device:</p>
      <ul>
        {WHAT_GOES.map((thing) => (
          <li key={thing}>{thing}</li>
        ))}
      </ul>
      <CountsNow />
      <p>
        Your display choices (colours, text size and motion) stay, because they say nothing about
        you. You can change them in <Link to="/settings">Settings</Link>.
      </p>
      <p>
        Once it is deleted, it can’t be brought back. If you might want it later, download a copy
        first.
      </p>
      {asking ? (
        <div className="confirm-delete-all" role="group" aria-labelledby="delete-question">
          <p id="delete-question" ref={questionRef} tabIndex={-1} className="confirm-question">
            Delete everything Harbour keeps on this device?
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void confirmDelete()}
            >
              Delete everything
            </button>
            <button type="button" className="button" disabled={busy} onClick={stopAsking}>
              Keep my data
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
          Delete everything…
        </button>
      )}
      <StatusMessage status={status} />
    </section>
  )
}
