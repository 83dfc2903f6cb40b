import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { focusPageHeading, focusPageHeadingSoon } from './focus-page-heading.ts'
import { UnlockForm } from './unlock-form.tsx'
import './lock.css'

/** A whole page asking for the passcode: calm, short, and with help always one tap away. */
export function UnlockScreen({ onUnlocked }: { onUnlocked?: () => void }) {
  const { t } = useLingui()
  usePageTitle(t`My space is locked`)
  return (
    <div className="lock-page">
      <PageHeading>
        <Trans>My space is locked</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>Type your passcode to open My space.</Trans>
      </p>
      <p>
        <Trans>
          You don’t need a passcode to get help. <Link to="/help">Get help now</Link> is always
          open.
        </Trans>
      </p>
      <UnlockForm
        idPrefix="unlock"
        onUnlocked={() => {
          onUnlocked?.()
          focusPageHeadingSoon()
        }}
      />
    </div>
  )
}

/** The same, inside another page (a tool, a check-in), under that page's own heading. */
export function InlineUnlock({
  heading,
  idPrefix,
  headingLevel = 2,
  onUnlocked,
}: {
  heading: string
  idPrefix: string
  headingLevel?: 2 | 3
  onUnlocked?: () => void
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const headingId = `${idPrefix}-heading`
  return (
    <section className="callout lock-note" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      <p>
        <Trans>
          Type your passcode to open it. You don’t need a passcode to{' '}
          <Link to="/help">get help now</Link>.
        </Trans>
      </p>
      <UnlockForm idPrefix={idPrefix} onUnlocked={onUnlocked ?? focusPageHeading} />
    </section>
  )
}
