import { Trans, useLingui } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import { MAX_ACTIVE_GOALS } from '../../../db/goals.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { AddGoalForm } from './add-goal-form.tsx'
import { GboSource } from './gbo-source.tsx'
import type { GoalListName } from './goal-actions.ts'
import { GoalCard } from './goal-card.tsx'
import { PastGoal } from './past-goal.tsx'
import { useGoals } from './use-goals.ts'
import './goals.css'

/** `/my-space/goals`: up to three goals, each rated 0 to 10 over time. */
export function GoalsPage() {
  const { t } = useLingui()
  usePageTitle(t`Goals`)
  const goals = useGoals()
  const [status, setStatus] = useState<Status>()
  const headings = {
    active: useRef<HTMLHeadingElement>(null),
    past: useRef<HTMLHeadingElement>(null),
  }

  // A goal that moved or went takes its buttons with it: focus goes to the list's heading.
  const report = (next: Status, focus?: GoalListName) => {
    setStatus(next)
    if (focus) headings[focus].current?.focus()
  }

  return (
    <div className="goals">
      <PageHeading>
        <Trans>Goals</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Goals in your own words, and how close you feel to each one. You can have up to three at a
          time, and rate them as often as you like.
        </Trans>
      </p>
      <GboSource />
      <StatusLine status={status} />
      {goals === undefined ? (
        <QuietLoading text={t`Loading your goals…`} />
      ) : (
        <>
          <section aria-labelledby="goals-active">
            <h2 id="goals-active" ref={headings.active} tabIndex={-1} className="goals__heading">
              <Trans>Your goals</Trans>
            </h2>
            {goals.active.length === 0 ? (
              <p>
                <Trans>
                  You have no goals at the moment. You can add one below whenever you like.
                </Trans>
              </p>
            ) : (
              <ul className="goals__list">
                {goals.active.map((item) => (
                  <GoalCard key={item.goal.id} item={item} report={report} />
                ))}
              </ul>
            )}
          </section>
          {goals.active.length < MAX_ACTIVE_GOALS ? (
            <AddGoalForm
              first={goals.active.length === 0 && goals.past.length === 0}
              onAdded={(title) =>
                report({ tone: 'done', text: t`Added “${title}”. Saved on this device.` }, 'active')
              }
            />
          ) : (
            <p className="goals__full">
              <Trans>
                You have three goals, which is the most at one time. To add a new one, move a goal
                to your past goals or delete one.
              </Trans>
            </p>
          )}
          <section aria-labelledby="goals-past" className="goals__past">
            <h2 id="goals-past" ref={headings.past} tabIndex={-1} className="goals__heading">
              <Trans>Past goals</Trans>
            </h2>
            {goals.past.length === 0 ? (
              <p>
                <Trans>
                  Goals you have reached, or that no longer feel right, can be moved here.
                </Trans>
              </p>
            ) : (
              <ul className="goals__list">
                {goals.past.map((item) => (
                  <PastGoal
                    key={item.goal.id}
                    item={item}
                    canRestore={goals.active.length < MAX_ACTIVE_GOALS}
                    report={report}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <p className="goals__back">
        <Link to="/my-space">
          <Trans>Back to My space</Trans>
        </Link>
      </p>
    </div>
  )
}
