import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { SafetyPlanItem } from '../../../db/safety-plan.ts'
import { PlanItemFields } from './plan-item-fields.tsx'
import { planButtonId, PlanItemRow } from './plan-item-row.tsx'
import type { ItemInput } from './plan-list.ts'
import type { PlanSectionInfo } from './plan-sections.ts'
import { SaveStatus, type SaveStatusValue } from './save-status.tsx'

type FocusTarget = { id: string; by: -1 | 1 } | 'heading'

interface Props {
  section: PlanSectionInfo
  items: readonly SafetyPlanItem[]
  status: SaveStatusValue | undefined
  onAdd: (input: ItemInput) => Promise<boolean>
  onEdit: (item: SafetyPlanItem, input: ItemInput) => Promise<boolean>
  onMove: (item: SafetyPlanItem, by: -1 | 1) => Promise<boolean>
  onRemove: (item: SafetyPlanItem) => Promise<boolean>
  /** Ready-made things to add, such as helplines. */
  children?: ReactNode
}

/** One part of the safety plan: its list, and a way to add to it. */
export function PlanSection(props: Props) {
  const { section, items, status, onAdd, onEdit, onMove, onRemove, children } = props
  const { i18n, t } = useLingui()
  const headingId = `plan-${section.id}-heading`
  const heading = i18n._(section.heading)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [draft, setDraft] = useState<ItemInput>({ text: '', phone: '' })
  const [problem, setProblem] = useState('')
  const [focusTarget, setFocusTarget] = useState<FocusTarget>()

  useEffect(() => {
    if (!focusTarget) return
    if (focusTarget === 'heading') headingRef.current?.focus()
    else {
      // At the top or bottom that button is disabled, so the other direction takes focus.
      const { id, by } = focusTarget
      const wanted = document.getElementById(planButtonId(id, by === -1 ? 'up' : 'down'))
      const other = document.getElementById(planButtonId(id, by === -1 ? 'down' : 'up'))
      if (wanted instanceof HTMLButtonElement && !wanted.disabled) wanted.focus()
      else other?.focus()
    }
    setFocusTarget(undefined)
  }, [focusTarget])

  async function add() {
    if (draft.text.trim() === '') return setProblem(t`Write something first, then add it.`)
    // Clear the boxes only once it is safely kept; on failure the words stay in them.
    if (await onAdd(draft)) setDraft({ text: '', phone: '' })
  }

  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p className="hint plan-section__hint">{i18n._(section.hint)}</p>
      {items.length === 0 ? (
        <p className="plan-section__empty">{i18n._(section.emptyText)}</p>
      ) : (
        <ol className="plan-section__list" aria-labelledby={headingId}>
          {items.map((item, index) => (
            <PlanItemRow
              key={item.id}
              section={section}
              item={item}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              onMove={(by) =>
                void onMove(item, by).then((saved) => saved && setFocusTarget({ id: item.id, by }))
              }
              onRemove={() =>
                void onRemove(item).then((saved) => saved && setFocusTarget('heading'))
              }
              onEdit={(input) => onEdit(item, input)}
            />
          ))}
        </ol>
      )}
      <SaveStatus status={status} />
      <form
        className="plan-section__add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <PlanItemFields
          idPrefix={`plan-${section.id}-new`}
          textLabel={i18n._(section.addLabel)}
          withPhone={section.withPhone}
          value={draft}
          problem={problem}
          onChange={(next) => {
            setDraft(next)
            setProblem('')
          }}
        />
        <button type="submit" className="button" aria-label={t`Add to ${heading}`}>
          <Trans>Add</Trans>
        </button>
      </form>
      {children}
    </section>
  )
}
