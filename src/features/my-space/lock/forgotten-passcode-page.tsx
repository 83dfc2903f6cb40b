import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { Link } from 'react-router'
import { deleteEverything } from '../../../db/delete-everything.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { useAskFirst } from '../../../ui/use-ask-first.ts'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { useLockState } from './use-lock-state.ts'
import './lock.css'

/** "Start again": asks first, with yes and no looking exactly alike. */
function StartAgain({ onDone }: { onDone: (status: Status) => void }) {
  const { asking, ask, stopAsking, questionRef, openerRef } = useAskFirst()
  const [busy, setBusy] = useState(false)
  const { t } = useLingui()

  async function confirm() {
    setBusy(true)
    try {
      await deleteEverything()
      onDone({
        tone: 'done',
        text: t`Done. Everything is deleted and the lock is off. My space is empty and ready for you.`,
      })
    } catch (error) {
      console.error(error)
      onDone({
        tone: 'problem',
        text: t`We couldn’t delete everything just now, so nothing has been deleted. You could try again. If it keeps happening, closing Harbour and opening it again may help.`,
      })
      setBusy(false)
    }
  }

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className="button" onClick={ask}>
        <Trans>Start again</Trans>
      </button>
    )
  }
  return (
    <div className="confirm-delete" role="group" aria-labelledby="start-again-question">
      <p
        id="start-again-question"
        ref={questionRef}
        tabIndex={-1}
        className="confirm-delete__question"
      >
        <Trans>
          Delete everything in My space and start again? Once it is deleted, it can’t be brought
          back.
        </Trans>
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
          <Trans>Yes, delete everything</Trans>
        </button>
        <button type="button" className="button" disabled={busy} onClick={stopAsking}>
          <Trans>No, keep it</Trans>
        </button>
      </div>
    </div>
  )
}

/**
 * `/my-space/forgotten-passcode`: outside the lock, since it is for people who cannot unlock.
 * The truth, kindly: the passcode cannot be found or reset, and starting again deletes everything.
 */
export function ForgottenPasscodePage() {
  const { t } = useLingui()
  usePageTitle(t`If you’ve forgotten your passcode`)
  const state = useLockState()
  const [status, setStatus] = useState<Status>()
  const done = status?.tone === 'done'
  return (
    <div className="lock-page">
      <PageHeading>
        <Trans>If you’ve forgotten your passcode</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Your passcode is the only key to what’s locked in My space. It isn’t kept anywhere, so
          nobody can find it or reset it for you, not even Harbour.
        </Trans>
      </p>
      <p>
        <Trans>
          You don’t need a passcode to get help. <Link to="/help">Get help now</Link> is always
          open.
        </Trans>
      </p>
      <section className="lock-section" aria-labelledby="start-again-heading">
        <h2 id="start-again-heading">
          <Trans>Starting again</Trans>
        </h2>
        <p>
          <Trans>
            If you can’t remember your passcode, the only way to use My space again is to start
            again. This deletes everything Harbour keeps on this device: your check-ins, goals,
            safety plan, About me, saved things and what you wrote in tools. It also takes the lock
            away.
          </Trans>
        </p>
        <p>
          <Trans>
            If you downloaded a copy of your data before, you can bring it back afterwards, in{' '}
            <Link to="/my-space/your-data">Your data</Link>.
          </Trans>
        </p>
        <StatusLine status={status} />
        {done || state === 'off' ? (
          <p>
            {done ? (
              <Link to="/my-space">
                <Trans>Go to My space</Trans>
              </Link>
            ) : (
              <Trans>
                There is no passcode on this device right now, so there is nothing to unlock.{' '}
                <Link to="/my-space">Go to My space</Link>
              </Trans>
            )}
          </p>
        ) : (
          state !== undefined && <StartAgain onDone={setStatus} />
        )}
      </section>
    </div>
  )
}
