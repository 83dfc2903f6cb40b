import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { useLingui } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { feelingLabel, type ThoughtRecord } from './thought-record-data.ts'

function strength(value: number | undefined, i18n: I18n): string {
  return value === undefined ? i18n._(msg`no number`) : String(value)
}

/** A saved thought record, read back in the order it was written. Empty parts are left out. */
export function ThoughtRecordSummary({ record }: { record: ThoughtRecord }) {
  const { i18n, t } = useLingui()
  const feelings = record.feelings.map((feeling) => {
    const name = feelingLabel(feeling.name, i18n)
    const before = strength(feeling.before, i18n)
    const after = strength(feeling.after, i18n)
    return <dd key={feeling.name}>{t`${name}: ${before} → ${after}`}</dd>
  })
  const parts: [string, ReactNode][] = [
    [t`What happened`, record.situation],
    [t`How I felt (then → after)`, feelings.length > 0 ? feelings : ''],
    [t`What went through my mind`, record.thought],
    [t`What makes it seem true`, record.evidenceFor],
    [t`What doesn't fit`, record.evidenceAgainst],
    [t`A kinder, more balanced thought`, record.balancedThought],
    [t`How I feel now`, record.feelNow],
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
