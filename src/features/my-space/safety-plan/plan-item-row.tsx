import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import type { SafetyPlanItem } from '../../../db/safety-plan.ts'
import { PlanItemFields } from './plan-item-fields.tsx'
import { dialable, type ItemInput } from './plan-list.ts'
import type { PlanSectionInfo } from './plan-sections.ts'

interface Props {
  section: PlanSectionInfo
  item: SafetyPlanItem
  isFirst: boolean
  isLast: boolean
  onMove: (by: -1 | 1) => void
  onRemove: () => void
  /** Resolves to true once saved; on false the edit boxes stay open with the words in them. */
  onEdit: (input: ItemInput) => Promise<boolean>
}

export function planButtonId(itemId: string, action: 'up' | 'down' | 'edit'): string {
  return `plan-${itemId}-${action}`
}

export function PhoneLink({ phone }: { phone: string }) {
  const number = dialable(phone)
  return number ? <a href={`tel:${number}`}>{phone}</a> : <>{phone}</>
}

/** One line of the plan, with buttons to move, change or remove it: nothing needs dragging. */
export function PlanItemRow({ section, item, isFirst, isLast, onMove, onRemove, onEdit }: Props) {
  const { t } = useLingui()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState<ItemInput>(item)
  const [problem, setProblem] = useState('')
  const firstBox = useRef<HTMLInputElement>(null)
  const wasEditing = useRef(false)

  useEffect(() => {
    // Opening the edit boxes puts the cursor in the first; closing returns focus to Edit.
    if (editing) firstBox.current?.focus()
    else if (wasEditing.current) document.getElementById(planButtonId(item.id, 'edit'))?.focus()
    wasEditing.current = editing
  }, [editing, item.id])

  async function save() {
    if (draft.text.trim() === '') return setProblem(t`Write something here, or remove it instead.`)
    if (await onEdit(draft)) setEditing(false)
  }

  if (editing) {
    return (
      <li className="plan-item plan-item--editing">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <PlanItemFields
            idPrefix={`plan-${item.id}-edit`}
            textLabel={section.withPhone ? t`Change the name` : t`Change this`}
            withPhone={section.withPhone}
            value={draft}
            problem={problem}
            firstBoxRef={firstBox}
            onChange={(next) => {
              setDraft(next)
              setProblem('')
            }}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary">
              <Trans>Save</Trans>
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              <Trans>Cancel</Trans>
            </button>
          </div>
        </form>
      </li>
    )
  }

  // Each name starts with the visible word (WCAG 2.5.3) and says which item it acts on.
  const text = item.text
  return (
    <li className="plan-item">
      <span className="plan-item__text">
        {item.text}
        {item.phone && (
          <>
            <span className="plan-item__phone-sep">, </span>
            <PhoneLink phone={item.phone} />
          </>
        )}
      </span>
      <div className="button-row plan-item__actions">
        <button
          id={planButtonId(item.id, 'up')}
          type="button"
          className="button"
          disabled={isFirst}
          aria-label={t`Move up: ${text}`}
          onClick={() => onMove(-1)}
        >
          <Trans>Move up</Trans>
        </button>
        <button
          id={planButtonId(item.id, 'down')}
          type="button"
          className="button"
          disabled={isLast}
          aria-label={t`Move down: ${text}`}
          onClick={() => onMove(1)}
        >
          <Trans>Move down</Trans>
        </button>
        <button
          id={planButtonId(item.id, 'edit')}
          type="button"
          className="button"
          aria-label={t`Edit: ${text}`}
          onClick={() => {
            setDraft({ text: item.text, phone: item.phone ?? '' })
            setEditing(true)
          }}
        >
          <Trans>Edit</Trans>
        </button>
        <button type="button" className="button" aria-label={t`Remove: ${text}`} onClick={onRemove}>
          <Trans>Remove</Trans>
        </button>
      </div>
    </li>
  )
}
