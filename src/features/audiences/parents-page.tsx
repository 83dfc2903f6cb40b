import { msg } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { PageHeading } from '../../ui/page-heading.tsx'
import { CrisisBox } from './parents/crisis-box.tsx'
import { DoorChoice } from './parents/door-choice.tsx'
import { GettingHelpSection } from './parents/getting-help-section.tsx'
import { HelpForYouSection } from './parents/help-for-you-section.tsx'
import { ReadingSection } from './parents/reading-section.tsx'
import { ServicesSection } from './parents/services-section.tsx'
import { TalkingSection } from './parents/talking-section.tsx'
import { WhatsHappeningSection } from './parents/whats-happening-section.tsx'
import { OnThisPage } from './on-this-page.tsx'
import './audiences.css'

const contents = [
  { id: 'parents-happening', label: msg`What might be happening` },
  { id: 'parents-talking', label: msg`How to talk about it` },
  { id: 'parents-getting-help', label: msg`Getting help, and what happens next` },
  { id: 'parents-services', label: msg`Services for parents and carers` },
  { id: 'parents-for-you', label: msg`Help for you` },
  { id: 'parents-reading', label: msg`Articles for parents and carers` },
]

export function ParentsPage() {
  return (
    <div className="audience-page">
      <PageHeading>
        <Trans>For parents and carers</Trans>
      </PageHeading>
      <p className="lead prose">
        <Trans>
          Worried about your child? You are not on your own. Here is what might be going on, how to
          talk about it, how to get help and what happens next, and support for you.
        </Trans>
      </p>
      <CrisisBox />
      <DoorChoice />
      <OnThisPage items={contents} />
      <WhatsHappeningSection />
      <TalkingSection />
      <GettingHelpSection />
      <ServicesSection />
      <HelpForYouSection />
      <ReadingSection />
    </div>
  )
}
