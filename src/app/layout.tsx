import { Suspense, useEffect } from 'react'
import { Link, matchRoutes, NavLink, Outlet, useLocation } from 'react-router'
import area, { logo } from 'virtual:harbour-area'
import { HelpNowLink } from '../features/crisis/help-now-link.tsx'
import { QuickExitButton } from '../features/crisis/quick-exit-button.tsx'
import { ErrorBoundary } from './error-boundary.tsx'
import { OfflineIndicator } from './offline-indicator.tsx'
import { appRoutes, documentTitle } from './route-table.ts'
import { UpdatePrompt } from './update-prompt.tsx'
import { BrandMark } from '../ui/brand-mark.tsx'

const mainNav = [
  { to: '/self-help', label: 'Self-help' },
  { to: '/check-in', label: 'Check in' },
  { to: '/find-support', label: 'Find support' },
  { to: '/my-space', label: 'My space' },
]

function useDocumentTitle() {
  const { pathname } = useLocation()
  useEffect(() => {
    const route = matchRoutes([...appRoutes], pathname)?.[0]?.route
    // Pages of a dynamic route (an article, a tool) and of My space set their own title.
    if (route?.dynamic || route?.ownTitles) return
    document.title = documentTitle(route, area.appName)
  }, [pathname])
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
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
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
          <nav aria-label="Main" className="main-nav">
            <ul>
              {mainNav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <OfflineIndicator />
      </header>
      <UpdatePrompt />
      <main id="main" className="page">
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Outlet />
            <ReadyMarker />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <nav aria-label="More">
          <ul>
            <li>
              <Link to="/parents">For parents and carers</Link>
            </li>
            <li>
              <Link to="/schools">For schools</Link>
            </li>
            <li>
              <Link to="/settings">Settings</Link>
            </li>
            <li>
              <Link to="/privacy">Privacy</Link>
            </li>
            <li>
              <Link to="/about">About</Link>
            </li>
            <li>
              <Link to="/quick-exit">How quick exit works</Link>
            </li>
          </ul>
        </nav>
        <p>
          {area.appName} for {area.name}. Not an emergency service: if your life is at risk, call
          999.
        </p>
      </footer>
    </>
  )
}
