import { RecoveryKeyDetails } from './recovery-key-details.tsx'

interface Props {
  recoveryKey: string
  onSaved: () => void
}

/** Sync has just been turned on: the new key, ways to keep it, and why it matters, kindly. */
export function NewKeyView({ recoveryKey, onSaved }: Props) {
  return (
    <div className="sync-view">
      <h3 tabIndex={-1}>Sync is on: here is your recovery key</h3>
      <p>
        This key is how you bring your things onto another device or a new phone. Save it somewhere
        you&rsquo;ll find it again and that&rsquo;s just for you, like a password manager, a note on
        another device, or on paper.
      </p>
      <RecoveryKeyDetails recoveryKey={recoveryKey} />
      <div className="callout">
        <p>
          Your synced things can only be opened with this key. Nobody else has a copy, not even the
          people who run Harbour, so if it&rsquo;s lost it can&rsquo;t be sent to you again. You can
          see it again here in Settings on this device whenever you like.
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={onSaved}>
        I&rsquo;ve saved it
      </button>
    </div>
  )
}
