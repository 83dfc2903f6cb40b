import { Trans } from '@lingui/react/macro'
import { RecoveryKeyDetails } from './recovery-key-details.tsx'

interface Props {
  recoveryKey: string
  onSaved: () => void
}

/** Sync has just been turned on: the new key, ways to keep it, and why it matters, kindly. */
export function NewKeyView({ recoveryKey, onSaved }: Props) {
  return (
    <div className="sync-view">
      <h3 tabIndex={-1}>
        <Trans>Sync is on: here is your recovery key</Trans>
      </h3>
      <p>
        <Trans>
          This key is how you bring your things onto another device or a new phone. Save it
          somewhere you&rsquo;ll find it again and that&rsquo;s just for you, like a password
          manager, a note on another device, or on paper.
        </Trans>
      </p>
      <RecoveryKeyDetails recoveryKey={recoveryKey} />
      <div className="callout">
        <p>
          <Trans>
            Your synced things can only be opened with this key. Nobody else has a copy, not even
            the people who run Harbour, so if it&rsquo;s lost it can&rsquo;t be sent to you again.
            You can see it again here in Settings on this device whenever you like.
          </Trans>
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={onSaved}>
        <Trans>I&rsquo;ve saved it</Trans>
      </button>
    </div>
  )
}
