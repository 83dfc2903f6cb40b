import { Trans, useLingui } from '@lingui/react/macro'
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
  const { t, i18n } = useLingui()
  const least = MIN_PASSCODE_LENGTH

  async function submit() {
    if (busy) return
    const found = checkNewPasscode(passcode, again, i18n)
    setProblems(found)
    if (found.passcode) return passcodeRef.current?.focus()
    if (found.again) return againRef.current?.focus()
    setBusy(true)
    onStatus({ tone: 'done', text: t`Locking… This can take a few seconds.` })
    try {
      await turnLockOn(passcode)
      // The page now shows the lock as on; this form is gone.
      onStatus({
        tone: 'done',
        text: t`Done. My space is locked with your passcode. It is unlocked in this window until you lock it or close Harbour.`,
      })
    } catch (error) {
      console.error(error)
      onStatus({ tone: 'problem', text: lockProblemMessage('turn-on', error, i18n) })
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
      <h2 id="lock-choose-heading">
        <Trans>Choose your passcode</Trans>
      </h2>
      <PasscodeField
        id="lock-new"
        label={t`Passcode`}
        hint={t`At least ${least} letters, numbers or other characters. A longer one is harder to guess. Pick one you will remember, that other people won’t guess.`}
        error={problems.passcode}
        value={passcode}
        onChange={setPasscode}
        autoComplete="new-password"
        shown={shown}
        inputRef={passcodeRef}
      />
      <PasscodeField
        id="lock-new-again"
        label={t`Type it again`}
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
          {busy ? t`Locking…` : t`Turn the lock on`}
        </button>
      </div>
    </form>
  )
}
