import { Trans, useLingui } from '@lingui/react/macro'
import { PastEntries } from '../past-entries.tsx'
import { ToolLayout } from '../tool-layout.tsx'
import { useToolEntries } from '../use-tool-entries.ts'
import { recordTitle, THOUGHT_RECORD_TOOL, ThoughtRecordSchema } from './thought-record-data.ts'
import { ThoughtRecordForm } from './thought-record-form.tsx'
import { ThoughtRecordSummary } from './thought-record-summary.tsx'

export function ThoughtRecordTool() {
  const { i18n, t } = useLingui()
  const entries = useToolEntries(THOUGHT_RECORD_TOOL, ThoughtRecordSchema)
  return (
    <ToolLayout
      slug="thought-record"
      intro={
        <p>
          <Trans>
            Sometimes one thought can make you feel really bad. A thought record helps you slow down
            and look at that thought. Is it the whole story? Fill in as much or as little as you
            like. You can skip any part.
          </Trans>
        </p>
      }
      kept={t`What you write stays on this device, and only if you save it. It is not sent anywhere.`}
    >
      <ThoughtRecordForm save={(record) => entries.save(record)} />
      <PastEntries
        heading={t`Your saved thought records`}
        kind="thought-record"
        emptyText={t`You haven't saved any thought records yet.`}
        loaded={entries.loaded}
        titleOf={(record) => recordTitle(record, i18n)}
        renderDetails={(record) => <ThoughtRecordSummary record={record} />}
        onDelete={entries.remove}
        onRetry={entries.reload}
      />
    </ToolLayout>
  )
}
