export interface SaveStatusValue {
  tone: 'done' | 'problem'
  text: string
  /** A new number for each message, so saying the same words again is announced again. */
  count?: number
}

/**
 * A status region that stays in the page while empty, so each new message is announced (a region
 * added at the same moment as its text is often missed by screen readers).
 */
export function SaveStatus({ status }: { status: SaveStatusValue | undefined }) {
  return (
    <div
      role="status"
      className={status ? `save-status save-status--${status.tone}` : 'save-status'}
    >
      {status && <span key={status.count}>{status.text}</span>}
    </div>
  )
}
