import { useRef, useState } from 'react'
import { turnLockOn } from '../../../db/lock/passcode-lock.ts'
import type { Status } from '../hub/status-line.tsx'
import { lockProblemMessage } from './lock-problem-words.ts'
import { PasscodeField, ShowPasscode } from './passcode-field.tsx'
import {
  checkNewPasscode,
  MIN_PASSCODE_LENGTH,
  type NewPasscodeProblems,
} from './passcode-rules.ts'

/** Choosing a passcode, typed twice, and locking everything with it. */
export function TurnLockOnForm({ onStatus }: { onStatus: (status: Status | undefined) => void }) {
  const [passcode, setPasscode] = useState('')
  const [again, setAgain] = useState('')
  const [shown, setShown] = useState(false)
  const [problems, setProblems] = useState<NewPasscodeProblems>({})
  const [busy, setBusy] = useState(false)
  const passcodeRef = useRef<HTMLInputElement>(null)
  const againRef = useRef<HTMLInputElement>(null)

  async function submit() {
    if (busy) return
    const found = checkNewPasscode(passcode, again)
    setProblems(found)
    if (found.passcode) return passcodeRef.current?.focus()
    if (found.again) return againRef.current?.focus()
    setBusy(true)
    onStatus({ tone: 'done', text: 'Locking… This can take a few seconds.' })
    try {
      await turnLockOn(passcode)
      // The page now shows the lock as on; this form is gone.
      onStatus({
        tone: 'done',
        text: 'Done. My space is locked with your passcode. It is unlocked in this window until you lock it or close Harbour.',
      })
    } catch (error) {
      console.error(error)
      onStatus({ tone: 'problem', text: lockProblemMessage('turn-on', error) })
      setBusy(false)
    }
  }

  return (
    <form
      className="lock-form"
      aria-labelledby="lock-choose-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2 id="lock-choose-heading">Choose your passcode</h2>
      <PasscodeField
        id="lock-new"
        label="Passcode"
        hint={`At least ${MIN_PASSCODE_LENGTH} letters, numbers or other characters. A longer one is harder to guess. Pick one you will remember, that other people won’t guess.`}
        error={problems.passcode}
        value={passcode}
        onChange={setPasscode}
        autoComplete="new-password"
        shown={shown}
        inputRef={passcodeRef}
      />
      <PasscodeField
        id="lock-new-again"
        label="Type it again"
        error={problems.again}
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
        shown={shown}
        inputRef={againRef}
      />
      <ShowPasscode shown={shown} onChange={setShown} plural />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? 'Locking…' : 'Turn the lock on'}
        </button>
      </div>
    </form>
  )
}
