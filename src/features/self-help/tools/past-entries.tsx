import { useId, useRef, useState, type ReactNode } from 'react'
import { InlineUnlock } from '../../my-space/lock/unlock-screen.tsx'
import { PastEntry } from './past-entry.tsx'
import { StatusMessage, type Status } from './status-message.tsx'
import type { Loaded, ToolEntry } from './use-tool-entries.ts'

interface Props<T> {
  heading: string
  /** The name of one entry in a sentence, such as "worry tree". */
  noun: string
  emptyText: string
  loaded: Loaded<T>
  titleOf: (data: T) => string
  renderDetails: (data: T) => ReactNode
  onDelete: (id: string) => Promise<void>
  onRetry: () => void
}

/** A tool's saved entries: newest first, each opened in place and deleted only after a check. */
export function PastEntries<T>(props: Props<T>) {
  const { heading, noun, emptyText, loaded, onDelete, onRetry } = props
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [status, setStatus] = useState<Status>()

  async function remove(entry: ToolEntry<T>) {
    try {
      await onDelete(entry.id)
      setStatus({ tone: 'done', text: `Deleted the ${noun}.` })
      // The entry's buttons are gone, so bring focus somewhere that still makes sense.
      headingRef.current?.focus()
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: `We couldn't delete the ${noun}. Please try again.` })
    }
  }

  return (
    <section className="past-entries" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <StatusMessage status={status} />
      {loaded.status === 'loading' && <p className="hint">Looking on this device…</p>}
      {loaded.status === 'locked' && (
        // Unlocked here, in place, so whatever is being written in the tool above is kept.
        <InlineUnlock
          heading={`Your saved ${noun}s are locked`}
          headingLevel={3}
          idPrefix={`${headingId}-unlock`}
          onUnlocked={() => headingRef.current?.focus()}
        />
      )}
      {loaded.status === 'failed' && (
        <div className="callout">
          <p>We couldn&rsquo;t open what you saved on this device.</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {loaded.status === 'ready' && loaded.entries.length === 0 && <p>{emptyText}</p>}
      {loaded.status === 'ready' && loaded.unreadable > 0 && (
        <p className="hint">
          {loaded.unreadable === 1
            ? `One saved ${noun} couldn't be read, so it isn't shown.`
            : `${loaded.unreadable} saved entries couldn't be read, so they aren't shown.`}
        </p>
      )}
      {loaded.status === 'ready' && loaded.entries.length > 0 && (
        <ul className="past-entries__list">
          {loaded.entries.map((entry) => (
            <PastEntry
              key={entry.id}
              entry={entry}
              noun={noun}
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
