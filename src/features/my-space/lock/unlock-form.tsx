import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { unlock } from '../../../db/lock/passcode-lock.ts'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { PasscodeField, ShowPasscode } from './passcode-field.tsx'
import { FORGOTTEN_PASSCODE_PATH } from './lock-paths.ts'
import { noteRightPasscode, noteWrongPasscode, waitLeft } from './unlock-delay.ts'
import './lock.css'

/** "Please wait 4 seconds, then try again." */
function pleaseWait(ms: number, i18n: I18n): string {
  const seconds = Math.ceil(ms / 1000)
  return i18n._(
    msg`Please wait ${plural(seconds, { one: '# second', other: '# seconds' })}, then try again.`,
  )
}

/** A wrong passcode, and how long to wait before the next try when there is a wait. */
function wrongPasscode(wait: number, i18n: I18n): string {
  if (wait <= 0) return i18n._(msg`That passcode didn’t work. Check it and try again.`)
  const seconds = Math.ceil(wait / 1000)
  return i18n._(
    msg`That passcode didn’t work. Check it and try again. Please wait ${plural(seconds, { one: '# second', other: '# seconds' })} before you try again.`,
  )
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
  const { t, i18n } = useLingui()

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
      setStatus({ tone: 'problem', text: pleaseWait(waitLeft(), i18n) })
      return
    }
    if (passcode === '') {
      setError(t`Type your passcode.`)
      inputRef.current?.focus()
      return
    }
    setBusy(true)
    setError(undefined)
    setStatus({ tone: 'done', text: t`Unlocking…` })
    try {
      if (await unlock(passcode)) {
        noteRightPasscode()
        onUnlocked?.()
        return
      }
      if (!live.current) return
      const wait = noteWrongPasscode()
      setPasscode('')
      setError(wrongPasscode(0, i18n))
      setStatus({ tone: 'problem', text: wrongPasscode(wait, i18n) })
      setWaiting(wait > 0)
      inputRef.current?.focus()
    } catch (caught) {
      console.error(caught)
      if (live.current) {
        setStatus({
          tone: 'problem',
          text: t`Something went wrong while unlocking. Please try again.`,
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
        label={t`Passcode`}
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
          <Trans>Unlock</Trans>
        </button>
      </div>
      <StatusLine status={status} />
      <p>
        <Link to={FORGOTTEN_PASSCODE_PATH}>
          <Trans>I’ve forgotten my passcode</Trans>
        </Link>
      </p>
    </form>
  )
}
