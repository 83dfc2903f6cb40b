import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useRef, useState, type ReactNode } from 'react'
import { InlineUnlock } from '../../my-space/lock/unlock-screen.tsx'
import { PastEntry } from './past-entry.tsx'
import { entryWords, type EntryKind } from './past-entry-words.ts'
import { StatusMessage, type Status } from './status-message.tsx'
import type { Loaded, ToolEntry } from './use-tool-entries.ts'

interface Props<T> {
  heading: string
  /** Which tool's entries these are, for the sentences about them. */
  kind: EntryKind
  emptyText: string
  loaded: Loaded<T>
  titleOf: (data: T) => string
  renderDetails: (data: T) => ReactNode
  onDelete: (id: string) => Promise<void>
  onRetry: () => void
}

/** A tool's saved entries: newest first, each opened in place and deleted only after a check. */
export function PastEntries<T>(props: Props<T>) {
  const { heading, kind, emptyText, loaded, onDelete, onRetry } = props
  const { i18n } = useLingui()
  const words = entryWords(i18n, kind)
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [status, setStatus] = useState<Status>()

  async function remove(entry: ToolEntry<T>) {
    try {
      await onDelete(entry.id)
      setStatus({ tone: 'done', text: words.deleted })
      // The entry's buttons are gone, so bring focus somewhere that still makes sense.
      headingRef.current?.focus()
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: words.deleteFailed })
    }
  }

  return (
    <section className="past-entries" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <StatusMessage status={status} />
      {loaded.status === 'loading' && (
        <p className="hint">
          <Trans>Looking on this device…</Trans>
        </p>
      )}
      {loaded.status === 'locked' && (
        // Unlocked here, in place, so whatever is being written in the tool above is kept.
        <InlineUnlock
          heading={words.lockedHeading}
          headingLevel={3}
          idPrefix={`${headingId}-unlock`}
          onUnlocked={() => headingRef.current?.focus()}
        />
      )}
      {loaded.status === 'failed' && (
        <div className="callout">
          <p>
            <Trans>We couldn’t open what you saved on this device.</Trans>
          </p>
          <button type="button" className="button" onClick={onRetry}>
            <Trans>Try again</Trans>
          </button>
        </div>
      )}
      {loaded.status === 'ready' && loaded.entries.length === 0 && <p>{emptyText}</p>}
      {loaded.status === 'ready' && loaded.unreadable > 0 && (
        <p className="hint">{words.unreadable(loaded.unreadable)}</p>
      )}
      {loaded.status === 'ready' && loaded.entries.length > 0 && (
        <ul className="past-entries__list">
          {loaded.entries.map((entry) => (
            <PastEntry
              key={entry.id}
              entry={entry}
              confirmDelete={words.confirmDelete}
              title={props.titleOf(entry.data)}
              details={props.renderDetails(entry.data)}
              onDelete={() => remove(entry)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
