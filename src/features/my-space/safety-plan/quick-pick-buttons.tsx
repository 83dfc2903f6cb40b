import { useLingui } from '@lingui/react/macro'
import type { SafetyPlanItem } from '../../../db/safety-plan.ts'
import { hasPlanItem } from './plan-list.ts'
import type { QuickPick } from './quick-picks.ts'

interface Props {
  heading: string
  hint?: string
  picks: readonly QuickPick[]
  items: readonly SafetyPlanItem[]
  onAdd: (pick: QuickPick) => void
}

/** One-tap additions. A pick already in the plan says so, and stays focusable. */
export function QuickPickButtons({ heading, hint, picks, items, onAdd }: Props) {
  const { t } = useLingui()
  if (picks.length === 0) return null
  return (
    <div className="quick-picks">
      <h3>{heading}</h3>
      {hint && <p className="hint">{hint}</p>}
      <ul className="quick-picks__list">
        {picks.map((pick) => {
          const added = hasPlanItem(items, pick.text)
          const name = pick.text
          return (
            <li key={pick.key}>
              <button
                type="button"
                className="button quick-picks__button"
                // aria-disabled rather than disabled, so keyboard focus is not lost after a tap.
                aria-disabled={added || undefined}
                aria-label={added ? t`${name} (in your plan)` : t`Add: ${name}`}
                onClick={() => onAdd(pick)}
              >
                {added ? `${pick.text} ✓` : `+ ${pick.text}`}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
