import { Trans, useLingui } from '@lingui/react/macro'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { DeleteSection } from './delete-section.tsx'
import { ExportSection } from './export-section.tsx'
import { ImportSection } from './import-section.tsx'
import './your-data.css'

export function YourDataPage() {
  const { t } = useLingui()
  usePageTitle(t`Your data`)
  return (
    <div className="your-data">
      <PageHeading>
        <Trans>Your data</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Everything you keep in Harbour is stored only on this device. Here you can download a
          copy, bring a copy back, or delete it all.
        </Trans>
      </p>
      <ExportSection />
      <ImportSection />
      <DeleteSection />
    </div>
  )
}
