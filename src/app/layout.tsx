import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Suspense, useEffect } from 'react'
import { Link, matchRoutes, NavLink, Outlet, useHref, useLocation } from 'react-router'
import area, { logo } from 'virtual:harbour-area'
import { HelpNowLink } from '../features/crisis/help-now-link.tsx'
import { QuickExitButton } from '../features/crisis/quick-exit-button.tsx'
import { ErrorBoundary } from './error-boundary.tsx'
import { OfflineIndicator } from './offline-indicator.tsx'
import { appRoutes, documentTitle } from './route-table.ts'
import { UpdatePrompt } from './update-prompt.tsx'
import { BrandMark } from '../ui/brand-mark.tsx'

const mainNav: { to: string; label: MessageDescriptor }[] = [
  { to: '/self-help', label: msg`Self-help` },
  { to: '/check-in', label: msg`Check in` },
  { to: '/find-support', label: msg`Find support` },
  { to: '/my-space', label: msg`My space` },
]

function useDocumentTitle() {
  const { pathname } = useLocation()
  const { i18n } = useLingui()
  useEffect(() => {
    const route = matchRoutes([...appRoutes], pathname)?.[0]?.route
    // Pages of a dynamic route (an article, a tool) and of My space set their own title.
    if (route?.dynamic || route?.ownTitles) return
    document.title = documentTitle(
      route && { path: route.path, title: i18n._(route.title) },
      area.appName,
      i18n,
    )
  }, [pathname, i18n])
}

/**
 * Marks the page as live once its content has hydrated. It sits inside the page's Suspense
 * boundary, so it mounts only when the (lazily loaded) page itself is ready.
 */
function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true'
  }, [])
  return null
}

export function Layout() {
  useDocumentTitle()
  const { pathname } = useLocation()
  const { t } = useLingui()
  const helpHref = useHref('/help')
  const { appName, name: areaName } = area
  return (
    <>
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <div className="safety-bar">
        <HelpNowLink />
        <QuickExitButton />
      </div>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <BrandMark />
            <span className="brand__name">{area.appName}</span>
            {logo && (
              // A data URL made at build time (scripts/vite-plugin-area.ts): no request, no script.
              <img src={logo.src} alt={logo.alt} width={logo.width} height={logo.height} />
            )}
          </Link>
          <nav aria-label={t`Main`} className="main-nav">
            <ul>
              {mainNav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(item.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <OfflineIndicator />
      </header>
      <UpdatePrompt />
      <main id="main" className="page">
        <ErrorBoundary resetKey={pathname} helpHref={helpHref}>
          <Suspense
            fallback={
              <p className="loading">
                <Trans>Loading…</Trans>
              </p>
            }
          >
            <Outlet />
            <ReadyMarker />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <nav aria-label={t`More`}>
          <ul>
            <li>
              <Link to="/parents">
                <Trans>For parents and carers</Trans>
              </Link>
            </li>
            <li>
              <Link to="/schools">
                <Trans>For schools</Trans>
              </Link>
            </li>
            <li>
              <Link to="/settings">
                <Trans>Settings</Trans>
              </Link>
            </li>
            <li>
              <Link to="/privacy">
                <Trans>Privacy</Trans>
              </Link>
            </li>
            <li>
              <Link to="/about">
                <Trans>About</Trans>
              </Link>
            </li>
            <li>
              <Link to="/quick-exit">
                <Trans>How quick exit works</Trans>
              </Link>
            </li>
          </ul>
        </nav>
        <p>
          <Trans>
            {appName} for {areaName}. Not an emergency service: if your life is at risk, call 999.
          </Trans>
        </p>
      </footer>
    </>
  )
}
