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
  if (lock === undefined) return null
  if (lock === 'locked') {
    return (
      <section className="plan-summary" aria-labelledby={headingId}>
        <h3 id={headingId}>Your safety plan</h3>
        <LockedNote to={SAFETY_PLAN_PATH} linkText="Unlock my safety plan">
          Your safety plan is locked. You can open it with your passcode.
        </LockedNote>
      </section>
    )
  }
  return <PlanSummary headingId={headingId} />
}

function PlanSummary({ headingId }: { headingId: string }) {
  const { state } = useSafetyPlan()
  if (state.status === 'loading') return null

  const plan = state.status === 'ready' ? state.stored?.plan : undefined
  if (!plan || isSafetyPlanEmpty(plan)) {
    return (
      <section className="plan-summary" aria-labelledby={headingId}>
        <h3 id={headingId}>A safety plan</h3>
        <p>
          A safety plan is your own list of what helps and who you can turn to when things get hard.
          You could make one now, or when you feel a bit calmer.
        </p>
        <p>
          <Link to={SAFETY_PLAN_PATH}>Make my safety plan</Link>
        </p>
      </section>
    )
  }

  const parts = KEY_PARTS.filter((part) => plan[part].length > 0)
  return (
    <section className="plan-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>Your safety plan</h3>
      {parts.length === 0 && <p>Your plan is ready for you, with the things you wrote.</p>}
      {parts.map((part) => (
        <div key={part} className="plan-summary__part">
          <h4>{sectionInfo(part).heading}</h4>
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
        <Link to={SAFETY_PLAN_PATH}>Open my full safety plan</Link>
      </p>
    </section>
  )
}
