import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { SyncNotes } from '../kept-words/sync-notes.tsx'
import './my-space.css'

// The glance reads the device, so its code (the database's included) loads only once the page
// is live: the prerendered page needs none of it to paint.
const RecentGlance = lazy(async () => ({
  default: (await import('./recent-glance.tsx')).RecentGlance,
}))

const parts: { to: string; title: MessageDescriptor; text: MessageDescriptor }[] = [
  {
    to: '/my-space/history',
    title: msg`Your check-ins`,
    text: msg`How things have been, as a calendar and a line over time. Change or delete any of them.`,
  },
  {
    to: '/my-space/goals',
    title: msg`Goals`,
    text: msg`Up to three goals in your own words, and how close you feel to each one.`,
  },
  {
    to: '/my-space/safety-plan',
    title: msg`Safety plan`,
    text: msg`What helps when things get hard, and who you can turn to.`,
  },
  {
    to: '/my-space/about-me',
    title: msg`About me`,
    text: msg`Tell your story once, and share it only when and with whom you choose.`,
  },
  {
    to: '/my-space/saved',
    title: msg`Saved`,
    text: msg`Articles, tools and services you saved to come back to.`,
  },
  {
    to: '/my-space/your-data',
    title: msg`Your data`,
    text: msg`Keep a copy of everything, bring it back, or delete it all.`,
  },
  {
    to: '/my-space/lock',
    title: msg`Passcode lock`,
    text: msg`Lock My space with a passcode, so only you can open it on this device.`,
  },
]

/** `/my-space`: the front page of everything personal. Its words and links need no data. */
export function MySpaceHub() {
  const { t, i18n } = useLingui()
  usePageTitle(t`My space`)
  const hydrated = useHydrated()
  return (
    <div className="my-space">
      <PageHeading>
        <Trans>My space</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Everything here stays on this device. There’s no account, and nobody else sees it unless
          you choose to share it.
        </Trans>
      </p>
      <ul className="card-grid" aria-label={t`In My space`}>
        {parts.map((part) => (
          <li key={part.to} className="card">
            <h2 className="card__title">
              <Link to={part.to} className="card__link">
                {i18n._(part.title)}
              </Link>
            </h2>
            <p>{i18n._(part.text)}</p>
          </li>
        ))}
      </ul>
      <SyncNotes />
      {hydrated && (
        <Suspense fallback={null}>
          <RecentGlance />
        </Suspense>
      )}
    </div>
  )
}
