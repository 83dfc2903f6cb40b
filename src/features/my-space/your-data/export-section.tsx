import { useState } from 'react'
import { exportCheckInsCsv } from '../../../db/backup/check-ins-csv.ts'
import { backupToJson, exportEverything } from '../../../db/backup/export-backup.ts'
import { datedFileName, downloadFile } from './download-file.ts'
import { StatusMessage, type Status } from './status-message.tsx'

const READ_PROBLEM =
  'We couldn’t read your data to make the file. Nothing has been changed. You could try again.'

export function ExportSection() {
  const [status, setStatus] = useState<Status>()
  const [busy, setBusy] = useState(false)

  async function download(kind: 'everything' | 'check-ins') {
    if (busy) return
    setBusy(true)
    try {
      const fileName =
        kind === 'everything'
          ? datedFileName('harbour-export', 'json')
          : datedFileName('harbour-check-ins', 'csv')
      const contents =
        kind === 'everything' ? backupToJson(await exportEverything()) : await exportCheckInsCsv()
      downloadFile(
        fileName,
        contents,
        kind === 'everything' ? 'application/json' : 'text/csv;charset=utf-8',
      )
      setStatus({
        tone: 'done',
        text: `Your file “${fileName}” is ready. Look for it in your downloads.`,
      })
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: READ_PROBLEM })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="your-data__section" aria-labelledby="export-heading">
      <h2 id="export-heading">Download a copy</h2>
      <p>
        Save a copy of everything Harbour keeps on this device as one file. You can bring it back
        later, on this device or on another one.
      </p>
      <p className="callout">
        The file is not locked. Anyone who opens it can read what you wrote, so keep it somewhere
        safe and think before you send it to anyone.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void download('everything')}
        >
          Download everything (JSON file)
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void download('check-ins')}
        >
          Download check-ins as a spreadsheet (CSV file)
        </button>
      </div>
      <p className="hint">
        The spreadsheet has one row for each check-in, for looking at in a spreadsheet app. Only the
        JSON file can be brought back into Harbour.
      </p>
      <StatusMessage status={status} />
    </section>
  )
}
