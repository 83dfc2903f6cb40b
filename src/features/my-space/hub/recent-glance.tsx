import { Trans, useLingui } from '@lingui/react/macro'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { lockNow } from '../../../db/lock/passcode-lock.ts'
import type { LockState } from '../../../db/lock/lock-state.ts'
import { LockedNote } from '../lock/locked-note.tsx'
import { useLockState } from '../lock/use-lock-state.ts'
import { calendarWeeks } from '../history/calendar-weeks.ts'
import { summariseDays } from '../history/day-moods.ts'
import { daysSummary } from '../history/history-summaries.ts'
import { MoodGrid } from '../history/mood-grid.tsx'
import { MoodKey } from '../history/mood-key.tsx'
import { useRecentCheckIns, type RecentCheckIns } from './use-recent-check-ins.ts'

/** The last four weeks as a small calendar of moods. Nothing is counted, nothing is missed. */
function Glance({ recent }: { recent: RecentCheckIns }) {
  const days = useMemo(() => summariseDays(recent.checkIns), [recent])
  const { t, i18n } = useLingui()
  return (
    <section className="my-space-glance" aria-labelledby="my-space-glance">
      <h2 id="my-space-glance">
        <Trans>The last four weeks</Trans>
      </h2>
      <MoodGrid
        weeks={calendarWeeks(recent.first, recent.today)}
        days={days}
        today={recent.today}
        summary={daysSummary(t`The last four weeks`, recent.first, recent.today, days, i18n)}
      />
      <MoodKey />
      <p>
        <Link to="/my-space/history">
          <Trans>See all your check-ins</Trans>
        </Link>
      </p>
    </section>
  )
}

function FirstCheckIn() {
  return (
    <section className="callout my-space-glance" aria-labelledby="my-space-first">
      <h2 id="my-space-first">
        <Trans>Your check-ins will show here</Trans>
      </h2>
      <p>
        <Trans>
          A check-in is a quick note of how you feel, in under a minute. Over time you’ll see a
          picture of how things have been. Check in whenever you like.
        </Trans>
      </p>
      <p>
        <Link to="/check-in" className="button button--primary">
          <Trans>Check in</Trans>
        </Link>
      </p>
    </section>
  )
}

function Locked() {
  return (
    <section className="callout my-space-glance" aria-labelledby="my-space-locked">
      <h2 id="my-space-locked">
        <Trans>My space is locked</Trans>
      </h2>
      <LockedNote>
        <Trans>
          Your check-ins, goals, safety plan and everything else here are locked with your passcode.
        </Trans>
      </LockedNote>
    </section>
  )
}

/** While the lock is on and this window is unlocked: a quick way to lock it again. */
function LockNow() {
  return (
    <p className="my-space-glance">
      <Trans>
        My space is unlocked in this window.{' '}
        <button type="button" className="button" onClick={lockNow}>
          Lock now
        </button>
      </Trans>
    </p>
  )
}

function Recent({ lock }: { lock: LockState | undefined }) {
  const recent = useRecentCheckIns(lock)
  if (!recent) return null
  if (recent === 'locked') return <Locked />
  if (!recent.hasAny) return <FirstCheckIn />
  if (recent.checkIns.length === 0) return null
  return <Glance recent={recent} />
}

/**
 * A glance at recent check-ins, or a kind invitation before the first; while My space is
 * locked, a way to unlock it. While the device is read it shows nothing at all, so the page
 * never flashes "Loading".
 */
export function RecentGlance() {
  const lock = useLockState()
  if (lock === undefined) return null
  if (lock === 'locked') return <Locked />
  return (
    <>
      {lock === 'unlocked' && <LockNow />}
      <Recent lock={lock} />
    </>
  )
}
