import { msg } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'
import { OnThisPage } from './on-this-page.tsx'
import { DisclosureSection } from './schools/disclosure-section.tsx'
import { LinksThatWorkSection } from './schools/links-that-work.tsx'
import { PupilPrivacySection } from './schools/pupil-privacy-section.tsx'
import { ShareMaker } from './schools/share-maker.tsx'
import './audiences.css'

const contents = [
  { id: 'schools-share', label: msg`Make a link, QR code or poster` },
  { id: 'schools-links-work', label: msg`Links that work for every pupil` },
  { id: 'schools-disclosure', label: msg`When a pupil tells you something` },
  { id: 'schools-privacy', label: msg`How Harbour keeps pupils’ data private` },
]

export function SchoolsPage() {
  return (
    <div className="audience-page">
      <PageHeading>
        <Trans>For schools</Trans>
      </PageHeading>
      <p className="lead prose">
        <Trans>
          Share Harbour with pupils safely: a clean link, a QR code or a poster for any part of it.
          And what to do when a pupil tells you something worrying.
        </Trans>
      </p>
      <p className="prose">
        <Trans>
          If a pupil is in danger right now, call 999. For other urgent help, see{' '}
          <Link to="/help">get help now</Link>.
        </Trans>
      </p>
      <OnThisPage items={contents} />
      <ShareMaker />
      <LinksThatWorkSection />
      <DisclosureSection />
      <PupilPrivacySection />
    </div>
  )
}
