import { useLingui } from '@lingui/react/macro'
import { useMemo, useState } from 'react'
import type { SafetyPlan, SafetyPlanSection } from '../../../db/safety-plan.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { crisisContacts } from '../../crisis/crisis-contacts.ts'
import { PlanSection } from './plan-section.tsx'
import {
  addPlanItem,
  editPlanItem,
  hasPlanItem,
  movePlanItem,
  removePlanItem,
  type ItemInput,
} from './plan-list.ts'
import { planSections } from './plan-sections.ts'
import { QuickPickButtons } from './quick-pick-buttons.tsx'
import { pickFromContact, type QuickPick } from './quick-picks.ts'
import type { SaveStatusValue } from './save-status.tsx'
import { useSavedServicePicks } from './use-saved-services.ts'

interface Props {
  plan: SafetyPlan
  change: (edit: (plan: SafetyPlan) => SafetyPlan) => Promise<SafetyPlan>
}

/** Every section of the plan. Each change is saved at once, and said in its section. */
export function SafetyPlanEditor({ plan, change }: Props) {
  // Said in the section that changed, so it shows beside what the person just did.
  const [status, setStatusValue] = useState<{ section: SafetyPlanSection } & SaveStatusValue>()
  const setStatus = (next: { section: SafetyPlanSection } & SaveStatusValue) =>
    setStatusValue((current) => ({ ...next, count: (current?.count ?? 0) + 1 }))
  const savedServicePicks = useSavedServicePicks()
  const { i18n, t } = useLingui()
  const helplinePicks = useMemo(
    () => crisisContacts.map((contact) => pickFromContact(contact, i18n)),
    [i18n],
  )

  async function apply(
    section: SafetyPlanSection,
    edit: (plan: SafetyPlan) => SafetyPlan,
    done: string,
  ) {
    try {
      await change(edit)
      setStatus({ section, tone: 'done', text: done })
      return true
    } catch (error) {
      console.error(error)
      setStatus({ section, tone: 'problem', text: saveErrorMessage(error, i18n) })
      return false
    }
  }

  async function add(section: SafetyPlanSection, input: ItemInput) {
    const text = input.text.trim()
    if (hasPlanItem(plan[section], text)) {
      setStatus({
        section,
        tone: 'problem',
        text: t`“${text}” is already in this part of your plan.`,
      })
      return false
    }
    return apply(
      section,
      (current) => addPlanItem(current, section, input),
      t`Added “${text}”. Saved on this device.`,
    )
  }

  const addPick = (pick: QuickPick) => void add('professionals', pick)

  return (
    <>
      {planSections.map((section) => (
        <PlanSection
          key={section.id}
          section={section}
          items={plan[section.id]}
          status={status?.section === section.id ? status : undefined}
          onAdd={(input) => add(section.id, input)}
          onEdit={(item, input) =>
            apply(
              section.id,
              (current) => editPlanItem(current, section.id, item.id, input),
              t`Changed. Saved on this device.`,
            )
          }
          onMove={(item, by) =>
            apply(
              section.id,
              (current) => movePlanItem(current, section.id, item.id, by),
              t`Moved. Saved on this device.`,
            )
          }
          onRemove={(item) => {
            const removed = item.text
            return apply(
              section.id,
              (current) => removePlanItem(current, section.id, item.id),
              t`Removed “${removed}”. Saved on this device.`,
            )
          }}
        >
          {section.id === 'professionals' && (
            <div className="plan-section__picks">
              <QuickPickButtons
                heading={t`Helplines`}
                hint={t`Free, and there for you day and night.`}
                picks={helplinePicks}
                items={plan.professionals}
                onAdd={addPick}
              />
              <QuickPickButtons
                heading={t`Services you saved`}
                picks={savedServicePicks}
                items={plan.professionals}
                onAdd={addPick}
              />
            </div>
          )}
        </PlanSection>
      ))}
    </>
  )
}
