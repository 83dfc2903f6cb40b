import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { focusPageHeading, focusPageHeadingSoon } from './focus-page-heading.ts'
import { UnlockForm } from './unlock-form.tsx'
import './lock.css'

/** A whole page asking for the passcode: calm, short, and with help always one tap away. */
export function UnlockScreen({ onUnlocked }: { onUnlocked?: () => void }) {
  usePageTitle('My space is locked')
  return (
    <div className="lock-page">
      <PageHeading>My space is locked</PageHeading>
      <p className="lead">Type your passcode to open My space.</p>
      <p>
        You don&rsquo;t need a passcode to get help. <Link to="/help">Get help now</Link> is always
        open.
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
        Type your passcode to open it. You don&rsquo;t need a passcode to{' '}
        <Link to="/help">get help now</Link>.
      </p>
      <UnlockForm idPrefix={idPrefix} onUnlocked={onUnlocked ?? focusPageHeading} />
    </section>
  )
}
