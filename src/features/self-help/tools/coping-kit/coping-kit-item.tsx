import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import type { CopingKitItem } from '../../../../db/coping-kit.ts'
import { MAX_ITEM_LENGTH } from './kit-list.ts'

interface Props {
  item: CopingKitItem
  isFirst: boolean
  isLast: boolean
  onMove: (by: -1 | 1) => void
  onRemove: () => void
  /** Resolves to true once saved; on false the edit box stays open with the words in it. */
  onEdit: (text: string) => Promise<boolean>
}

export function buttonId(itemId: string, action: 'up' | 'down' | 'edit'): string {
  return `kit-${itemId}-${action}`
}

/** One thing in the kit, with buttons to move, change or remove it: nothing needs dragging. */
export function CopingKitItemRow({ item, isFirst, isLast, onMove, onRemove, onEdit }: Props) {
  const { t } = useLingui()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(item.text)
  const [problem, setProblem] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const wasEditing = useRef(false)

  useEffect(() => {
    // Opening the edit box puts the cursor in it; closing returns focus to the Edit button.
    if (editing) inputRef.current?.focus()
    else if (wasEditing.current) document.getElementById(buttonId(item.id, 'edit'))?.focus()
    wasEditing.current = editing
  }, [editing, item.id])

  async function save() {
    if (draft.trim() === '') return setProblem(t`Write something here, or remove it instead.`)
    if (await onEdit(draft)) setEditing(false)
  }

  if (editing) {
    const inputId = `kit-${item.id}-input`
    return (
      <li className="kit-item kit-item--editing">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <label htmlFor={inputId}>
            <Trans>Change this idea</Trans>
          </label>
          {problem && (
            <p id={`${inputId}-problem`} className="field-error">
              {problem}
            </p>
          )}
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            maxLength={MAX_ITEM_LENGTH}
            aria-describedby={problem ? `${inputId}-problem` : undefined}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value)
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
    <li className="kit-item">
      <span className="kit-item__text">{item.text}</span>
      <div className="button-row kit-item__actions">
        <button
          id={buttonId(item.id, 'up')}
          type="button"
          className="button"
          disabled={isFirst}
          aria-label={t`Move up: ${text}`}
          onClick={() => onMove(-1)}
        >
          <Trans>Move up</Trans>
        </button>
        <button
          id={buttonId(item.id, 'down')}
          type="button"
          className="button"
          disabled={isLast}
          aria-label={t`Move down: ${text}`}
          onClick={() => onMove(1)}
        >
          <Trans>Move down</Trans>
        </button>
        <button
          id={buttonId(item.id, 'edit')}
          type="button"
          className="button"
          aria-label={t`Edit: ${text}`}
          onClick={() => {
            setDraft(item.text)
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
