import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { exportCheckInsCsv } from '../../../db/backup/check-ins-csv.ts'
import { backupToJson, exportEverything } from '../../../db/backup/export-backup.ts'
import { datedFileName, downloadFile } from './download-file.ts'
import { StatusMessage, type Status } from './status-message.tsx'

export function ExportSection() {
  const { i18n, t } = useLingui()
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
        kind === 'everything'
          ? backupToJson(await exportEverything())
          : await exportCheckInsCsv(i18n)
      downloadFile(
        fileName,
        contents,
        kind === 'everything' ? 'application/json' : 'text/csv;charset=utf-8',
      )
      setStatus({
        tone: 'done',
        text: t`Your file “${fileName}” is ready. Look for it in your downloads.`,
      })
    } catch (error) {
      console.error(error)
      setStatus({
        tone: 'problem',
        text: t`We couldn’t read your data to make the file. Nothing has been changed. You could try again.`,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="your-data__section" aria-labelledby="export-heading">
      <h2 id="export-heading">
        <Trans>Download a copy</Trans>
      </h2>
      <p>
        <Trans>
          Save a copy of everything Harbour keeps on this device as one file. You can bring it back
          later, on this device or on another one.
        </Trans>
      </p>
      <p className="callout">
        <Trans>
          The file is not locked. Anyone who opens it can read what you wrote, so keep it somewhere
          safe and think before you send it to anyone.
        </Trans>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void download('everything')}
        >
          <Trans>Download everything (JSON file)</Trans>
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void download('check-ins')}
        >
          <Trans>Download check-ins as a spreadsheet (CSV file)</Trans>
        </button>
      </div>
      <p className="hint">
        <Trans>
          The spreadsheet has one row for each check-in, for looking at in a spreadsheet app. Only
          the JSON file can be brought back into Harbour.
        </Trans>
      </p>
      <StatusMessage status={status} />
    </section>
  )
}
