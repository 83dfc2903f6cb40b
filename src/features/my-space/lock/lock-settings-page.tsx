import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { Link } from 'react-router'
import { lockNow } from '../../../db/lock/passcode-lock.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { ChangePasscodeForm } from './change-passcode-form.tsx'
import { FORGOTTEN_PASSCODE_PATH } from './lock-paths.ts'
import { TurnLockOffForm } from './turn-lock-off-form.tsx'
import { TurnLockOnForm } from './turn-lock-on-form.tsx'
import { useLockState } from './use-lock-state.ts'
import './lock.css'

type OnStatus = (status: Status | undefined) => void

/** While the lock is off: what it does, plainly, before anyone chooses a passcode. */
function LockIsOff({ onStatus }: { onStatus: OnStatus }) {
  return (
    <>
      <p className="lead">
        <Trans>
          You can lock My space with a passcode, so only you can open it on this device.
        </Trans>
      </p>
      <section className="lock-section" aria-labelledby="lock-what-heading">
        <h2 id="lock-what-heading">
          <Trans>What the lock does</Trans>
        </h2>
        <ul>
          <li>
            <Trans>
              It locks your check-ins, goals, safety plan, About me, saved things and what you write
              in tools. They are kept scrambled on this device, and only your passcode opens them.
            </Trans>
          </li>
          <li>
            <Trans>
              Harbour asks for your passcode each time you open it again, and when you press “Lock
              now”.
            </Trans>
          </li>
          <li>
            <Trans>
              <Link to="/help">Get help now</Link> is never locked. Anyone can always use it.
            </Trans>
          </li>
        </ul>
      </section>
      <section className="lock-section callout" aria-labelledby="lock-before-heading">
        <h2 id="lock-before-heading">
          <Trans>Before you turn it on</Trans>
        </h2>
        <p>
          <Trans>
            <strong>If you forget your passcode, nobody can open My space again</strong>, not even
            Harbour: it isn’t kept anywhere. The only way to use My space again would be to delete
            everything in it and start again.
          </Trans>
        </p>
        <p>
          <Trans>
            The lock stops someone who picks up your phone from reading what’s in My space. It can’t
            stop someone who watches you type your passcode, so keep it to yourself.
          </Trans>
        </p>
      </section>
      <section className="lock-section">
        <TurnLockOnForm onStatus={onStatus} />
      </section>
    </>
  )
}

/** While the lock is on and this tab is unlocked: lock now, change the passcode, turn it off. */
function LockIsOn({ onStatus }: { onStatus: OnStatus }) {
  return (
    <>
      <p className="lead">
        <Trans>
          The lock is on. My space is unlocked in this window until you lock it or close Harbour.
        </Trans>
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={lockNow}>
          <Trans>Lock now</Trans>
        </button>
      </div>
      <section className="lock-section" aria-labelledby="lock-change-heading">
        <h2 id="lock-change-heading">
          <Trans>Change your passcode</Trans>
        </h2>
        <ChangePasscodeForm onStatus={onStatus} />
      </section>
      <section className="lock-section" aria-labelledby="lock-off-heading">
        <h2 id="lock-off-heading">
          <Trans>Turn the lock off</Trans>
        </h2>
        <p>
          <Trans>
            Everything in My space stays on this device, without a lock. Anyone who can open Harbour
            on this device will be able to read it.
          </Trans>
        </p>
        <TurnLockOffForm onStatus={onStatus} />
      </section>
      <p className="lock-section">
        <Link to={FORGOTTEN_PASSCODE_PATH}>
          <Trans>What happens if I forget my passcode?</Trans>
        </Link>
      </p>
    </>
  )
}

/** `/my-space/lock`: the passcode lock's settings. Behind the lock gate, so never shown locked. */
export function LockSettingsPage() {
  const { t } = useLingui()
  usePageTitle(t`Passcode lock`)
  const state = useLockState()
  // One status line for the whole page, so a message survives the lock going on or off.
  const [status, setStatus] = useState<Status>()
  return (
    <div className="lock-page">
      <PageHeading>
        <Trans>Passcode lock</Trans>
      </PageHeading>
      <StatusLine status={status} />
      {state === 'unlocked' ? (
        <LockIsOn onStatus={setStatus} />
      ) : (
        <LockIsOff onStatus={setStatus} />
      )}
    </div>
  )
}
