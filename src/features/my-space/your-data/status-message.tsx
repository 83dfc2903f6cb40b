import type { ReactNode } from 'react'
import './status-message.css'

export interface Status {
  tone: 'done' | 'problem'
  text: ReactNode
}

/**
 * A status region that stays in the page, so screen readers announce each new message (a region
 * added together with its text is often missed). Tone shows as a border and weight, never by
 * colour alone, and the words themselves say what happened.
 */
export function StatusMessage({ status }: { status: Status | undefined }) {
  return (
    <div
      role="status"
      className={status ? `data-status data-status--${status.tone}` : 'data-status'}
    >
      {status?.text}
    </div>
  )
}
