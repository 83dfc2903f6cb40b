export interface Status {
  tone: 'done' | 'problem'
  text: string
}

/**
 * A status region that is always in the page, so screen readers announce each new message
 * (a region added at the same moment as its text is often missed).
 */
export function StatusMessage({ status }: { status: Status | undefined }) {
  return (
    <div
      role="status"
      className={status ? `tool-status tool-status--${status.tone}` : 'tool-status'}
    >
      {status?.text}
    </div>
  )
}
