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
    if (draft.trim() === '') return setProblem('Write something here, or remove it instead.')
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
          <label htmlFor={inputId}>Change this idea</label>
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
              Save
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    )
  }

  // Each name starts with the visible word (WCAG 2.5.3) and says which item it acts on.
  const named = (action: string) => `${action}: ${item.text}`
  return (
    <li className="kit-item">
      <span className="kit-item__text">{item.text}</span>
      <div className="button-row kit-item__actions">
        <button
          id={buttonId(item.id, 'up')}
          type="button"
          className="button"
          disabled={isFirst}
          aria-label={named('Move up')}
          onClick={() => onMove(-1)}
        >
          Move up
        </button>
        <button
          id={buttonId(item.id, 'down')}
          type="button"
          className="button"
          disabled={isLast}
          aria-label={named('Move down')}
          onClick={() => onMove(1)}
        >
          Move down
        </button>
        <button
          id={buttonId(item.id, 'edit')}
          type="button"
          className="button"
          aria-label={named('Edit')}
          onClick={() => {
            setDraft(item.text)
            setEditing(true)
          }}
        >
          Edit
        </button>
        <button type="button" className="button" aria-label={named('Remove')} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  )
}
