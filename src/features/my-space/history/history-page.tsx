import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { HistoryView } from './history-view.tsx'
import { dayKeyOf, monthOf, parseMonthKey } from './local-day.ts'
import { NoCheckInsYet } from './no-check-ins-yet.tsx'
import { useHistoryData } from './use-history-data.ts'
import './history.css'

/** A message handed over by the page before, such as "Check-in deleted." */
function arrivalMessage(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined
  const { message } = state as { message?: unknown }
  return typeof message === 'string' ? message : undefined
}

export function HistoryPage() {
  const { t } = useLingui()
  usePageTitle(t`Your check-ins`)
  const [searchParams] = useSearchParams()
  const { state } = useLocation()
  // The month is kept in the page, not the address: moving month to month is not a new page.
  const [month, setMonth] = useState(
    () => parseMonthKey(searchParams.get('month')) ?? monthOf(dayKeyOf(new Date())),
  )
  const history = useHistoryData(month)
  const [status, setStatus] = useState<Status>()

  // Set after the first paint, so the message is announced from a region already in the page.
  useEffect(() => {
    const text = arrivalMessage(state)
    if (text) setStatus({ tone: 'done', text })
  }, [state])

  return (
    <div className="history">
      <PageHeading>
        <Trans>Your check-ins</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          A picture of how things have been. It stays on this device, and only you can see it.
        </Trans>
      </p>
      <StatusLine status={status} />
      {history.status === 'loading' && <QuietLoading text={t`Loading your check-ins…`} />}
      {history.status === 'failed' && (
        <p className="callout">
          <Trans>
            We couldn’t read your check-ins on this device just now. Your browser may be blocking
            storage (private browsing can do this). Try again in a moment.
          </Trans>
        </p>
      )}
      {history.status === 'ready' &&
        (history.recent.hasAny ? (
          <HistoryView
            recent={history.recent}
            shown={history.month}
            month={month}
            onMonthChange={setMonth}
          />
        ) : (
          <NoCheckInsYet />
        ))}
      <p className="history__back">
        <Link to="/my-space">
          <Trans>Back to My space</Trans>
        </Link>
      </p>
    </div>
  )
}
