import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { DeleteSection } from './delete-section.tsx'
import { ExportSection } from './export-section.tsx'
import { ImportSection } from './import-section.tsx'
import './your-data.css'

export function YourDataPage() {
  usePageTitle('Your data')
  return (
    <div className="your-data">
      <PageHeading>Your data</PageHeading>
      <p className="lead">
        Everything you keep in Harbour is stored only on this device. Here you can download a copy,
        bring a copy back, or delete it all.
      </p>
      <ExportSection />
      <ImportSection />
      <DeleteSection />
    </div>
  )
}
