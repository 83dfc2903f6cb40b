import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'
import { LockGate } from '../my-space/lock/lock-gate.tsx'
import { InlineUnlock } from '../my-space/lock/unlock-screen.tsx'
import { CheckInFlow } from './check-in-flow.tsx'
import './check-ins.css'

/** The route /check-in: how I feel, in under a minute, with no account. */
export function CheckInPage() {
  const { t } = useLingui()
  return (
    <div className="check-in">
      <PageHeading>
        <Trans>Check in</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          How are you doing? It takes less than a minute. There is no account, and your check-in
          stays on this device.
        </Trans>
      </p>
      <noscript>
        <p className="callout">
          <Trans>
            Check-ins need JavaScript turned on, because they are kept on this device. You can still{' '}
            <Link to="/help">get help now</Link> without it.
          </Trans>
        </p>
      </noscript>
      {/* Check-ins are kept with My space, so they are behind its passcode lock when it is on.
          The first step paints at once (it needs nothing personal) while the lock is checked. */}
      <LockGate
        showWhileChecking
        renderLocked={(onUnlocked) => (
          <InlineUnlock
            heading={t`Your check-ins are locked`}
            idPrefix="check-in-unlock"
            onUnlocked={onUnlocked}
          />
        )}
      >
        <CheckInFlow />
      </LockGate>
      <p className="check-in__help">
        <Trans>
          If things feel too much, <Link to="/help">get help now</Link>. You can talk to someone any
          time, day or night.
        </Trans>
      </p>
    </div>
  )
}
