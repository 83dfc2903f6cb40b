import { useLingui } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { turnLockOff } from '../../../db/lock/passcode-lock.ts'
import type { Status } from '../hub/status-line.tsx'
import { lockProblemMessage } from './lock-problem-words.ts'
import { PasscodeField, ShowPasscode } from './passcode-field.tsx'
import { noteRightPasscode, noteWrongPasscode, waitLeft } from './unlock-delay.ts'

/** Turning the lock off asks for the passcode once more, so only its owner can do it. */
export function TurnLockOffForm({ onStatus }: { onStatus: (status: Status | undefined) => void }) {
  const [passcode, setPasscode] = useState('')
  const [shown, setShown] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const { t, i18n } = useLingui()

  async function submit() {
    if (busy) return
    if (passcode === '') {
      setError(t`Type your passcode.`)
      return inputRef.current?.focus()
    }
    if (waitLeft() > 0) {
      onStatus({ tone: 'problem', text: t`Please wait a few seconds, then try again.` })
      return
    }
    setBusy(true)
    setError(undefined)
    onStatus({ tone: 'done', text: t`Turning the lock off…` })
    try {
      if (await turnLockOff(passcode)) {
        noteRightPasscode()
        onStatus({
          tone: 'done',
          text: t`Done. The lock is off. Everything in My space is still here.`,
        })
        return
      }
      noteWrongPasscode()
      const wrong = t`That passcode didn’t work. Check it and try again.`
      setError(wrong)
      onStatus({ tone: 'problem', text: wrong })
      inputRef.current?.focus()
    } catch (caught) {
      console.error(caught)
      onStatus({ tone: 'problem', text: lockProblemMessage('turn-off', caught, i18n) })
    }
    setBusy(false)
  }

  return (
    <form
      className="lock-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <PasscodeField
        id="lock-off-passcode"
        label={t`Your passcode`}
        error={error}
        value={passcode}
        onChange={setPasscode}
        autoComplete="current-password"
        shown={shown}
        inputRef={inputRef}
      />
      <ShowPasscode shown={shown} onChange={setShown} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t`Turning off…` : t`Turn the lock off`}
        </button>
      </div>
    </form>
  )
}
