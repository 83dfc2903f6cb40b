import type { ReactNode } from 'react'
import type { ThoughtRecord } from './thought-record-data.ts'

function strength(value: number | undefined): string {
  return value === undefined ? 'no number' : String(value)
}

/** A saved thought record, read back in the order it was written. Empty parts are left out. */
export function ThoughtRecordSummary({ record }: { record: ThoughtRecord }) {
  const feelings = record.feelings.map((feeling) => (
    <dd key={feeling.name}>
      {feeling.name}: {strength(feeling.before)} → {strength(feeling.after)}
    </dd>
  ))
  const parts: [string, ReactNode][] = [
    ['What happened', record.situation],
    ['How I felt (then → after)', feelings.length > 0 ? feelings : ''],
    ['What went through my mind', record.thought],
    ['What makes it seem true', record.evidenceFor],
    ["What doesn't fit", record.evidenceAgainst],
    ['A kinder, more balanced thought', record.balancedThought],
    ['How I feel now', record.feelNow],
  ]
  return (
    <dl className="tool-summary">
      {parts
        .filter(([, content]) => content !== '')
        .map(([label, content]) => (
          <div key={label}>
            <dt>{label}</dt>
            {typeof content === 'string' ? <dd>{content}</dd> : content}
          </div>
        ))}
    </dl>
  )
}
