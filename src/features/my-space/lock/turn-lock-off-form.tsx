import { useRef, useState } from 'react'
import { turnLockOff } from '../../../db/lock/passcode-lock.ts'
import type { Status } from '../hub/status-line.tsx'
import { lockProblemMessage } from './lock-problem-words.ts'
import { PasscodeField, ShowPasscode } from './passcode-field.tsx'
import { noteRightPasscode, noteWrongPasscode, waitLeft } from './unlock-delay.ts'

const WRONG = 'That passcode didn’t work. Check it and try again.'

/** Turning the lock off asks for the passcode once more, so only its owner can do it. */
export function TurnLockOffForm({ onStatus }: { onStatus: (status: Status | undefined) => void }) {
  const [passcode, setPasscode] = useState('')
  const [shown, setShown] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  async function submit() {
    if (busy) return
    if (passcode === '') {
      setError('Type your passcode.')
      return inputRef.current?.focus()
    }
    if (waitLeft() > 0) {
      onStatus({ tone: 'problem', text: 'Please wait a few seconds, then try again.' })
      return
    }
    setBusy(true)
    setError(undefined)
    onStatus({ tone: 'done', text: 'Turning the lock off…' })
    try {
      if (await turnLockOff(passcode)) {
        noteRightPasscode()
        onStatus({
          tone: 'done',
          text: 'Done. The lock is off. Everything in My space is still here.',
        })
        return
      }
      noteWrongPasscode()
      setError(WRONG)
      onStatus({ tone: 'problem', text: WRONG })
      inputRef.current?.focus()
    } catch (caught) {
      console.error(caught)
      onStatus({ tone: 'problem', text: lockProblemMessage('turn-off', caught) })
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
        label="Your passcode"
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
          {busy ? 'Turning off…' : 'Turn the lock off'}
        </button>
      </div>
    </form>
  )
}
