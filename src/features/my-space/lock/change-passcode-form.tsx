import { useLingui } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { changePasscode } from '../../../db/lock/passcode-lock.ts'
import type { Status } from '../hub/status-line.tsx'
import { lockProblemMessage } from './lock-problem-words.ts'
import { PasscodeField, ShowPasscode } from './passcode-field.tsx'
import {
  checkNewPasscode,
  MIN_PASSCODE_LENGTH,
  type NewPasscodeProblems,
} from './passcode-rules.ts'
import { noteRightPasscode, noteWrongPasscode, waitLeft } from './unlock-delay.ts'

/** A new passcode, after the one in use now: everything is sealed again with the new one. */
export function ChangePasscodeForm({
  onStatus,
}: {
  onStatus: (status: Status | undefined) => void
}) {
  const [current, setCurrent] = useState('')
  const [passcode, setPasscode] = useState('')
  const [again, setAgain] = useState('')
  const [shown, setShown] = useState(false)
  const [problems, setProblems] = useState<NewPasscodeProblems & { current?: string }>({})
  const [busy, setBusy] = useState(false)
  const { t, i18n } = useLingui()
  const currentRef = useRef<HTMLInputElement>(null)
  const passcodeRef = useRef<HTMLInputElement>(null)
  const againRef = useRef<HTMLInputElement>(null)

  async function submit() {
    if (busy) return
    if (current === '') {
      setProblems({ current: t`Type the passcode you use now.` })
      return currentRef.current?.focus()
    }
    const found = checkNewPasscode(passcode, again, i18n)
    setProblems(found)
    if (found.passcode) return passcodeRef.current?.focus()
    if (found.again) return againRef.current?.focus()
    if (waitLeft() > 0) {
      onStatus({ tone: 'problem', text: t`Please wait a few seconds, then try again.` })
      return
    }
    setBusy(true)
    onStatus({ tone: 'done', text: t`Changing your passcode… This can take a few seconds.` })
    try {
      if (!(await changePasscode(current, passcode))) {
        noteWrongPasscode()
        const wrong = t`That passcode didn’t work. Type the passcode you use now.`
        setProblems({ current: wrong })
        onStatus({ tone: 'problem', text: wrong })
        currentRef.current?.focus()
        return
      }
      noteRightPasscode()
      setCurrent('')
      setPasscode('')
      setAgain('')
      onStatus({ tone: 'done', text: t`Done. Your new passcode is the one to use from now on.` })
    } catch (error) {
      console.error(error)
      onStatus({ tone: 'problem', text: lockProblemMessage('change', error, i18n) })
    } finally {
      setBusy(false)
    }
  }

  const least = MIN_PASSCODE_LENGTH
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
        id="lock-change-current"
        label={t`Your passcode now`}
        error={problems.current}
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
        shown={shown}
        inputRef={currentRef}
      />
      <PasscodeField
        id="lock-change-new"
        label={t`New passcode`}
        hint={t`At least ${least} characters.`}
        error={problems.passcode}
        value={passcode}
        onChange={setPasscode}
        autoComplete="new-password"
        shown={shown}
        inputRef={passcodeRef}
      />
      <PasscodeField
        id="lock-change-again"
        label={t`Type the new passcode again`}
        error={problems.again}
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
        shown={shown}
        inputRef={againRef}
      />
      <ShowPasscode shown={shown} onChange={setShown} plural />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t`Changing…` : t`Change passcode`}
        </button>
      </div>
    </form>
  )
}
