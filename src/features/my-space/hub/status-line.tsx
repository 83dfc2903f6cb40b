import './my-space.css'

export interface Status {
  tone: 'done' | 'problem'
  text: string
}

/**
 * A status region kept in the page even while empty, so each new message is announced (a region
 * that arrives together with its text is often missed by screen readers).
 */
export function StatusLine({ status, id }: { status: Status | undefined; id?: string }) {
  return (
    <div
      id={id}
      role="status"
      className={status ? `status-line status-line--${status.tone}` : 'status-line'}
    >
      {status?.text}
    </div>
  )
}
