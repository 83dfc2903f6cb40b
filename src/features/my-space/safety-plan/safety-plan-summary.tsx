import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { isSafetyPlanEmpty, type SafetyPlanSection } from '../../../db/safety-plan.ts'
import { LockedNote } from '../lock/locked-note.tsx'
import { useLockState } from '../lock/use-lock-state.ts'
import { PhoneLink } from './plan-item-row.tsx'
import { sectionInfo } from './plan-sections.ts'
import { useSafetyPlan } from './use-safety-plan.ts'

/** The parts of a plan that help most in a hard moment: who to reach, and what helps. */
const KEY_PARTS: readonly SafetyPlanSection[] = ['people', 'professionals', 'coping']

export const SAFETY_PLAN_PATH = '/my-space/safety-plan'

/**
 * The person's safety plan in short, for the moments it is needed; or, when they have none, a
 * gentle offer to make one; or, while My space is locked, a way to unlock it. Shows nothing
 * while the device is being read. The help contacts around it never wait for any of this.
 */
export function SafetyPlanSummary({ headingId }: { headingId: string }) {
  const lock = useLockState()
  const { t } = useLingui()
  if (lock === undefined) return null
  if (lock === 'locked') {
    return (
      <section className="plan-summary" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Trans>Your safety plan</Trans>
        </h3>
        <LockedNote to={SAFETY_PLAN_PATH} linkText={t`Unlock my safety plan`}>
          <Trans>Your safety plan is locked. You can open it with your passcode.</Trans>
        </LockedNote>
      </section>
    )
  }
  return <PlanSummary headingId={headingId} />
}

function PlanSummary({ headingId }: { headingId: string }) {
  const { state } = useSafetyPlan()
  const { i18n } = useLingui()
  if (state.status === 'loading') return null

  const plan = state.status === 'ready' ? state.stored?.plan : undefined
  if (!plan || isSafetyPlanEmpty(plan)) {
    return (
      <section className="plan-summary" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Trans>A safety plan</Trans>
        </h3>
        <p>
          <Trans>
            A safety plan is your own list of what helps and who you can turn to when things get
            hard. You could make one now, or when you feel a bit calmer.
          </Trans>
        </p>
        <p>
          <Link to={SAFETY_PLAN_PATH}>
            <Trans>Make my safety plan</Trans>
          </Link>
        </p>
      </section>
    )
  }

  const parts = KEY_PARTS.filter((part) => plan[part].length > 0)
  return (
    <section className="plan-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Trans>Your safety plan</Trans>
      </h3>
      {parts.length === 0 && (
        <p>
          <Trans>Your plan is ready for you, with the things you wrote.</Trans>
        </p>
      )}
      {parts.map((part) => (
        <div key={part} className="plan-summary__part">
          <h4>{i18n._(sectionInfo(part).heading)}</h4>
          <ul>
            {plan[part].map((item) => (
              <li key={item.id}>
                {item.text}
                {item.phone && (
                  <>
                    {', '}
                    <PhoneLink phone={item.phone} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        <Link to={SAFETY_PLAN_PATH}>
          <Trans>Open my full safety plan</Trans>
        </Link>
      </p>
    </section>
  )
}
