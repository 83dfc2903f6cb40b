import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import type { Locale } from '../../../i18n/locales.ts'
import { formatDay } from './about-me-questions.ts'
import { AboutMeView } from './about-me-view.tsx'
import { openShareLink, type OpenedLink } from './share-link.ts'
import './about-me.css'

const PROBLEMS: Record<Exclude<OpenedLink['kind'], 'opened'>, MessageDescriptor> = {
  missing: msg`This page shows an About me that someone has shared, but the link you used has no About me in it. The end of the link may have been lost when it was copied. Ask the person who sent it to send the whole link again.`,
  incomplete: msg`This link is not complete: part of it may have been lost when it was copied or sent. Ask the person who sent it to send the whole link again.`,
  damaged: msg`This link can’t be opened. It may have been changed, or cut short, when it was copied or sent. Ask the person who sent it to send the whole link again.`,
  newer: msg`This link was made by a newer version of Harbour. Reload this page to get the newest version, then try again.`,
}

/**
 * A shared About me, for the person it was sent to. It is unlocked here, in the browser, from the
 * link's #fragment (which browsers never send to a server), shown read-only, and never stored.
 */
export function SharedAboutMePage() {
  const { i18n, t } = useLingui()
  usePageTitle(t`About me, shared with you`)
  const hydrated = useHydrated()
  const { hash } = useLocation()
  const [opened, setOpened] = useState<{ hash: string; result: OpenedLink }>()

  useEffect(() => {
    if (!hydrated) return
    let live = true
    void openShareLink(hash).then((result) => live && setOpened({ hash, result }))
    return () => {
      live = false
    }
  }, [hydrated, hash])

  const result = opened?.hash === hash ? opened.result : undefined

  return (
    <div className="shared-about-me">
      {/* Someone's story must never turn up in a search engine. */}
      <meta name="robots" content="noindex, nofollow" />
      <PageHeading>
        <Trans>About me, shared with you</Trans>
      </PageHeading>
      {!result && (
        <p role="status">
          <Trans>Unlocking the About me in this link…</Trans>
        </p>
      )}
      {result && result.kind !== 'opened' && (
        <div className="callout" role="status">
          <p>{i18n._(PROBLEMS[result.kind])}</p>
        </div>
      )}
      {result?.kind === 'opened' && (
        <>
          <p className="lead">
            <Trans>
              Someone wrote this in Harbour to tell you about themselves, so they don’t have to
              repeat their story. Please treat it with care.
            </Trans>
          </p>
          {result.madeAt && (
            <SharedOn day={formatDay(new Date(result.madeAt), i18n.locale as Locale)} />
          )}
          <AboutMeView aboutMe={result.aboutMe} />
          <div className="button-row no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              <Trans>Print or save as PDF</Trans>
            </button>
          </div>
        </>
      )}
      <p className="shared-about-me__note">
        <Trans>
          This page is private. It was unlocked on your device from the link itself: Harbour did not
          send it to any server and has not kept a copy. It is not listed by search engines.
        </Trans>
      </p>
      <p className="no-print">
        <Link to="/">
          <Trans>What is Harbour?</Trans>
        </Link>
      </p>
    </div>
  )
}

function SharedOn({ day }: { day: string }) {
  return (
    <p className="shared-about-me__note">
      <Trans>Shared on {day}.</Trans>
    </p>
  )
}
