import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { downloadFile } from '../my-space/your-data/download-file.ts'
import { groupRecoveryKey } from './engine/recovery-key.ts'
import { recoveryKeyLink } from './key-from-address.ts'
import { RECOVERY_KEY_FILE_NAME, recoveryKeyFileText } from './recovery-key-file.ts'
import { RecoveryKeyQr } from './recovery-key-qr.tsx'

/**
 * The recovery key, written in short groups, with three ways to keep it: copy it, save it as a
 * file, or scan its QR code with another phone (which opens Harbour there with the key ready).
 */
export function RecoveryKeyDetails({ recoveryKey }: { recoveryKey: string }) {
  const { i18n, t } = useLingui()
  const [message, setMessage] = useState('')
  const grouped = groupRecoveryKey(recoveryKey)

  async function copy() {
    try {
      await navigator.clipboard.writeText(grouped)
      setMessage(t`Copied your recovery key. You can paste it somewhere safe.`)
    } catch {
      // Some browsers and settings block the clipboard: the key is on the screen to copy by hand.
      setMessage(
        t`Your browser wouldn’t copy it. You can select the key above and copy it yourself.`,
      )
    }
  }

  function save() {
    downloadFile(
      RECOVERY_KEY_FILE_NAME,
      recoveryKeyFileText(recoveryKey, window.location.origin, i18n),
      'text/plain',
    )
    const fileName = RECOVERY_KEY_FILE_NAME
    setMessage(t`Saved as a file called ${fileName}, usually in your downloads.`)
  }

  return (
    <div className="recovery-key">
      <p className="recovery-key__label">
        <Trans>Your recovery key</Trans>
      </p>
      <p className="recovery-key__value">
        <code>{grouped}</code>
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          <Trans>Copy</Trans>
        </button>
        <button type="button" className="button" onClick={save}>
          <Trans>Save as a file</Trans>
        </button>
      </div>
      <p role="status" className="recovery-key__message">
        {message}
      </p>
      <figure className="recovery-key__figure">
        <RecoveryKeyQr link={recoveryKeyLink(window.location.origin, recoveryKey)} />
        <figcaption>
          <Trans>
            To use sync on another phone, scan this with its camera. Harbour opens there with your
            key ready.
          </Trans>
        </figcaption>
      </figure>
    </div>
  )
}
