import { useState } from 'react'
import { Link } from 'react-router'
import { deleteEverything } from '../../../db/delete-everything.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { useAskFirst } from '../../../ui/use-ask-first.ts'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { useLockState } from './use-lock-state.ts'
import './lock.css'

const DELETE_PROBLEM =
  'We couldn’t delete everything just now, so nothing has been deleted. You could try again. If it keeps happening, closing Harbour and opening it again may help.'

/** "Start again": asks first, with yes and no looking exactly alike. */
function StartAgain({ onDone }: { onDone: (status: Status) => void }) {
  const { asking, ask, stopAsking, questionRef, openerRef } = useAskFirst()
  const [busy, setBusy] = useState(false)

  async function confirm() {
    setBusy(true)
    try {
      await deleteEverything()
      onDone({
        tone: 'done',
        text: 'Done. Everything is deleted and the lock is off. My space is empty and ready for you.',
      })
    } catch (error) {
      console.error(error)
      onDone({ tone: 'problem', text: DELETE_PROBLEM })
      setBusy(false)
    }
  }

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className="button" onClick={ask}>
        Start again
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
        Delete everything in My space and start again? Once it is deleted, it can&rsquo;t be brought
        back.
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
          Yes, delete everything
        </button>
        <button type="button" className="button" disabled={busy} onClick={stopAsking}>
          No, keep it
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
  usePageTitle('If you’ve forgotten your passcode')
  const state = useLockState()
  const [status, setStatus] = useState<Status>()
  const done = status?.tone === 'done'
  return (
    <div className="lock-page">
      <PageHeading>If you&rsquo;ve forgotten your passcode</PageHeading>
      <p className="lead">
        Your passcode is the only key to what&rsquo;s locked in My space. It isn&rsquo;t kept
        anywhere, so nobody can find it or reset it for you, not even Harbour.
      </p>
      <p>
        You don&rsquo;t need a passcode to get help. <Link to="/help">Get help now</Link> is always
        open.
      </p>
      <section className="lock-section" aria-labelledby="start-again-heading">
        <h2 id="start-again-heading">Starting again</h2>
        <p>
          If you can&rsquo;t remember your passcode, the only way to use My space again is to start
          again. This deletes everything Harbour keeps on this device: your check-ins, goals, safety
          plan, About me, saved things and what you wrote in tools. It also takes the lock away.
        </p>
        <p>
          If you downloaded a copy of your data before, you can bring it back afterwards, in{' '}
          <Link to="/my-space/your-data">Your data</Link>.
        </p>
        <StatusLine status={status} />
        {done || state === 'off' ? (
          <p>
            {done
              ? ''
              : 'There is no passcode on this device right now, so there is nothing to unlock. '}
            <Link to="/my-space">Go to My space</Link>
          </p>
        ) : (
          state !== undefined && <StartAgain onDone={setStatus} />
        )}
      </section>
    </div>
  )
}
