import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'
import type { ToolEntry } from './use-tool-entries.ts'

interface Props<T> {
  entry: ToolEntry<T>
  /** The question asked before deleting, in the entry's own words. */
  confirmDelete: string
  title: string
  details: ReactNode
  onDelete: () => Promise<void>
}

export function formatSavedAt(iso: string, locale: Locale): string {
  return formatDate(new Date(iso), locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
}

export function PastEntry<T>({ entry, confirmDelete, title, details, onDelete }: Props<T>) {
  const { i18n, t } = useLingui()
  const savedAt = formatSavedAt(entry.updatedAt, i18n.locale as Locale)
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
      <p className="hint">
        <Trans>Saved {savedAt}</Trans>
      </p>
      {open && (
        <div id={`${id}-details`} className="past-entry__details">
          {details}
        </div>
      )}
      {confirming ? (
        <div className="past-entry__confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`} ref={questionRef} tabIndex={-1}>
            {confirmDelete}
          </p>
          {/* Both answers look the same: neither is pushed on the person. */}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void onDelete()}>
              <Trans>Delete</Trans>
            </button>
            <button type="button" className="button" onClick={keep}>
              <Trans>Keep it</Trans>
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
            aria-label={open ? t`Close: ${title}` : t`Open: ${title}`}
            onClick={() => setOpen(!open)}
          >
            {open ? <Trans>Close</Trans> : <Trans>Open</Trans>}
          </button>
          <button
            ref={deleteRef}
            type="button"
            className="button"
            aria-label={t`Delete: ${title}`}
            onClick={ask}
          >
            <Trans>Delete</Trans>
          </button>
        </div>
      )}
    </li>
  )
}
