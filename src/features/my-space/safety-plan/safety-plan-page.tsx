import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { emptySafetyPlan } from '../../../db/safety-plan.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { SafetyPlanEditor } from './safety-plan-editor.tsx'
import { useSafetyPlan } from './use-safety-plan.ts'
import './safety-plan.css'

/** The route /my-space/safety-plan: the person's own plan for hard times, kept on the device. */
export function SafetyPlanPage() {
  const { t } = useLingui()
  const title = t`My safety plan`
  usePageTitle(title)
  const hydrated = useHydrated()
  const { state, change, retry } = useSafetyPlan()

  return (
    <div className="safety-plan">
      <PageHeading>{title}</PageHeading>
      <div className="safety-plan__intro">
        <p className="lead">
          <Trans>
            A safety plan is your own list of what to do, and who to turn to, when things get really
            hard. Making it when you feel a bit calmer means it is ready for the times when thinking
            straight is tricky.
          </Trans>
        </p>
        <p>
          <Trans>
            Fill in as much or as little as you like, and change it whenever you want. Some people
            make theirs with someone they trust, like a friend, family member or counsellor.
          </Trans>
        </p>
        <p className="safety-plan__kept">
          <Trans>
            Your plan stays on this device. It is not sent anywhere. Each change is saved as you go.
          </Trans>
        </p>
        <p>
          <Trans>
            If you need to talk to someone now, <Link to="/help">get help now</Link>. It’s free, day
            or night.
          </Trans>
        </p>
        {hydrated && (
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              <Trans>Print or save as PDF</Trans>
            </button>
          </div>
        )}
      </div>

      <noscript>
        <p>
          <Trans>
            Your safety plan needs JavaScript turned on, because it is kept on this device. You can
            still <Link to="/help">get help now</Link> without it.
          </Trans>
        </p>
      </noscript>
      {hydrated && state.status === 'loading' && (
        <p className="loading">
          <Trans>Looking on this device…</Trans>
        </p>
      )}
      {state.status === 'failed' && (
        <div className="callout" role="alert">
          <p>
            <Trans>
              We couldn’t open your safety plan on this device. Your browser may not be letting
              Harbour keep things right now (private browsing can do this).
            </Trans>
          </p>
          <button type="button" className="button" onClick={retry}>
            <Trans>Try again</Trans>
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {(state.stored?.unreadable ?? 0) > 0 && (
            <div className="callout">
              <p>
                <Trans>
                  Part of your plan couldn’t be read on this device, so it has been left out.
                  Everything else is here. You can add anything that is missing again.
                </Trans>
              </p>
            </div>
          )}
          <SafetyPlanEditor plan={state.stored?.plan ?? emptySafetyPlan()} change={change} />
        </>
      )}
    </div>
  )
}
