import { Trans, useLingui } from '@lingui/react/macro'
import { RECOVERY_KEY_LENGTH } from './engine/recovery-key.ts'
import { useEffect, useId, useRef, useState } from 'react'
import { StatusMessage, type Status } from '../my-space/your-data/status-message.tsx'
import { parseRecoveryKey } from './engine/recovery-key.ts'
import { joinWithRecoveryKey } from './engine/sync-runner.ts'
import {
  SOMETHING_WENT_WRONG,
  isKeyProblem,
  joinProblemWords,
  keyProblemWords,
  type KeyProblem,
} from './sync-problem-words.ts'
import { problemStatus } from './unlock-link.tsx'

interface Props {
  /** A key from a scanned QR code, filled in for the person to check and use. */
  keyFromLink?: string
  onBusy: (busy: boolean) => void
  onJoined: () => void
  onCancel: () => void
}

/** Letters and numbers as typed, without the spaces and dashes a key may be written with. */
function typedLength(text: string): number {
  return text.replace(/[\s\-_.]/g, '').length
}

/**
 * Joins this device to synced data with a recovery key typed, pasted or scanned. A key that is
 * mistyped, or that no synced data belongs to, is said plainly and changes nothing.
 */
export function JoinForm({ keyFromLink, onBusy, onJoined, onCancel }: Props) {
  const { i18n, t } = useLingui()
  const id = useId()
  const [text, setText] = useState(keyFromLink ?? '')
  const [keyProblem, setKeyProblem] = useState<KeyProblem>()
  const [checkedLength, setCheckedLength] = useState(0)
  const [status, setStatus] = useState<Status>()
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // Arriving from a scanned code, the form is further down Settings: bring it into view.
    if (keyFromLink !== undefined) headingRef.current?.focus()
  }, [keyFromLink])

  function showKeyProblem(problem: KeyProblem) {
    setKeyProblem(problem)
    setCheckedLength(typedLength(text))
    setStatus(undefined)
    inputRef.current?.focus()
  }

  async function submit() {
    if (busy) return
    const parsed = parseRecoveryKey(text)
    if (!parsed.ok) {
      showKeyProblem(parsed.problem)
      return
    }
    setKeyProblem(undefined)
    setBusy(true)
    onBusy(true)
    setStatus({ tone: 'done', text: t`Checking your key and bringing your things in…` })
    try {
      const outcome = await joinWithRecoveryKey(parsed.key)
      if (outcome.ok) {
        onJoined()
        return
      }
      if (isKeyProblem(outcome.problem)) {
        showKeyProblem(outcome.problem)
      } else {
        setStatus(
          problemStatus(joinProblemWords(outcome.problem, i18n), outcome.problem === 'locked'),
        )
      }
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: i18n._(SOMETHING_WENT_WRONG) })
    }
    setBusy(false)
    onBusy(false)
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <form
      className="sync-view"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        <Trans>Use your recovery key</Trans>
      </h3>
      <p>
        <Trans>
          Type or paste the recovery key from your other device. Your synced things will come onto
          this device, and anything already here stays and is added to them.
        </Trans>
      </p>
      {keyFromLink !== undefined && (
        <p>
          <Trans>
            Your key is filled in from the code you scanned. Check it&rsquo;s yours, then press
            &ldquo;Use this key&rdquo;.
          </Trans>
        </p>
      )}
      <div className="field">
        <label htmlFor={id}>
          <Trans>Recovery key</Trans>
        </label>
        <p id={hintId} className="hint">
          <Trans>
            {RECOVERY_KEY_LENGTH} letters and numbers. Spaces, dashes and capital letters
            don&rsquo;t matter.
          </Trans>
        </p>
        {keyProblem && (
          <p id={errorId} className="field-error">
            {keyProblemWords(keyProblem, checkedLength, i18n)}
          </p>
        )}
        <input
          ref={inputRef}
          id={id}
          type="text"
          className="sync-key-input"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={keyProblem ? true : undefined}
          aria-describedby={keyProblem ? `${hintId} ${errorId}` : hintId}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="button-row">
        {/* aria-disabled rather than disabled, so keyboard focus is never dropped. */}
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          <Trans>Use this key</Trans>
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          <Trans>Go back</Trans>
        </button>
      </div>
      <StatusMessage status={status} />
    </form>
  )
}
