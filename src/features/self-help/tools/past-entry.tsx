import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { ToolEntry } from './use-tool-entries.ts'

interface Props<T> {
  entry: ToolEntry<T>
  noun: string
  title: string
  details: ReactNode
  onDelete: () => Promise<void>
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

export function formatSavedAt(iso: string): string {
  return dateFormat.format(new Date(iso))
}

export function PastEntry<T>({ entry, noun, title, details, onDelete }: Props<T>) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const questionRef = useRef<HTMLParagraphElement>(null)
  const deleteRef = useRef<HTMLButtonElement>(null)
  // The button pressed disappears when the question shows (and back), so focus is moved on
  // purpose: to the question, so it is read out, or back to the Delete button.
  const focusNext = useRef<'question' | 'delete' | null>(null)

  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target === 'question') questionRef.current?.focus()
    if (target === 'delete') deleteRef.current?.focus()
  }, [confirming])

  function ask() {
    focusNext.current = 'question'
    setConfirming(true)
  }

  function keep() {
    focusNext.current = 'delete'
    setConfirming(false)
  }

  return (
    <li className="card past-entry">
      <h3 className="past-entry__title">{title}</h3>
      <p className="hint">Saved {formatSavedAt(entry.updatedAt)}</p>
      {open && (
        <div id={`${id}-details`} className="past-entry__details">
          {details}
        </div>
      )}
      {confirming ? (
        <div className="past-entry__confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`} ref={questionRef} tabIndex={-1}>
            Delete this {noun}? Once it is deleted, you can&rsquo;t get it back.
          </p>
          {/* Both answers look the same: neither is pushed on the person. */}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void onDelete()}>
              Delete
            </button>
            <button type="button" className="button" onClick={keep}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-expanded={open}
            aria-controls={open ? `${id}-details` : undefined}
            aria-label={`${open ? 'Close' : 'Open'}: ${title}`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Close' : 'Open'}
          </button>
          <button
            ref={deleteRef}
            type="button"
            className="button"
            aria-label={`Delete: ${title}`}
            onClick={ask}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  )
}
