import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { unlock } from '../../../db/lock/passcode-lock.ts'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { PasscodeField, ShowPasscode } from './passcode-field.tsx'
import { FORGOTTEN_PASSCODE_PATH } from './lock-paths.ts'
import { noteRightPasscode, noteWrongPasscode, waitLeft } from './unlock-delay.ts'
import './lock.css'

const WRONG = 'That passcode didn’t work. Check it and try again.'

function seconds(ms: number): string {
  const whole = Math.ceil(ms / 1000)
  return whole === 1 ? '1 second' : `${whole} seconds`
}

interface Props {
  /** Makes the ids unique when the form sits inside another page. */
  idPrefix: string
  /** Called once the passcode was right, after this tab holds the key. */
  onUnlocked?: () => void
}

/**
 * The passcode box and Unlock button. A wrong passcode is said plainly; after a few in a row,
 * the next try waits a little longer each time (never a lockout). The way out for a forgotten
 * passcode is always there.
 */
export function UnlockForm({ idPrefix, onUnlocked }: Props) {
  const [passcode, setPasscode] = useState('')
  const [shown, setShown] = useState(false)
  const [busy, setBusy] = useState(false)
  const [waiting, setWaiting] = useState(() => waitLeft() > 0)
  const [status, setStatus] = useState<Status>()
  const [error, setError] = useState<string>()
  const inputRef = useRef<HTMLInputElement>(null)
  const live = useRef(true)

  useEffect(() => {
    live.current = true
    return () => {
      live.current = false
    }
  }, [])

  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => setWaiting(false), waitLeft())
    return () => clearTimeout(timer)
  }, [waiting])

  async function submit() {
    if (busy) return
    if (waitLeft() > 0) {
      setStatus({ tone: 'problem', text: `Please wait ${seconds(waitLeft())}, then try again.` })
      return
    }
    if (passcode === '') {
      setError('Type your passcode.')
      inputRef.current?.focus()
      return
    }
    setBusy(true)
    setError(undefined)
    setStatus({ tone: 'done', text: 'Unlocking…' })
    try {
      if (await unlock(passcode)) {
        noteRightPasscode()
        onUnlocked?.()
        return
      }
      if (!live.current) return
      const wait = noteWrongPasscode()
      setPasscode('')
      setError(WRONG)
      setStatus({
        tone: 'problem',
        text: wait > 0 ? `${WRONG} Please wait ${seconds(wait)} before you try again.` : WRONG,
      })
      setWaiting(wait > 0)
      inputRef.current?.focus()
    } catch (caught) {
      console.error(caught)
      if (live.current) {
        setStatus({
          tone: 'problem',
          text: 'Something went wrong while unlocking. Please try again.',
        })
      }
    } finally {
      if (live.current) setBusy(false)
    }
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
        id={`${idPrefix}-passcode`}
        label="Passcode"
        error={error}
        value={passcode}
        onChange={setPasscode}
        autoComplete="current-password"
        shown={shown}
        inputRef={inputRef}
      />
      <ShowPasscode shown={shown} onChange={setShown} />
      <div className="button-row">
        {/* aria-disabled rather than disabled, so keyboard focus is never dropped. */}
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={busy || waiting || undefined}
        >
          Unlock
        </button>
      </div>
      <StatusLine status={status} />
      <p>
        <Link to={FORGOTTEN_PASSCODE_PATH}>I’ve forgotten my passcode</Link>
      </p>
    </form>
  )
}
