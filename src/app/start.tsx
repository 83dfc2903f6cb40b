import { I18nProvider } from '@lingui/react'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { uncoverWhenRestored } from '../features/crisis/exit-page.ts'
import { sharePreferencesWithServiceWorker } from '../features/settings/preferences-store.ts'
import { syncHinted } from '../features/sync/engine/sync-hint.ts'
import { i18nFor } from '../i18n/i18n-instances.ts'
import { basenameFor, type Locale } from '../i18n/locales.ts'
import { AppRoutes } from './app-routes.tsx'
import { registerServiceWorker } from './service-worker.ts'
import { linkWebManifest } from './web-manifest-link.ts'

/**
 * Hydrates a prerendered page, or draws a page of the app shell, then sets up offline use. The
 * frame's messages in `locale` are loaded already (main.tsx fetches them alongside this module).
 */
export function startApp(container: HTMLElement, locale: Locale): void {
  uncoverWhenRestored()
  const basename = basenameFor(locale)
  const app = (
    <StrictMode>
      <I18nProvider i18n={i18nFor(locale)}>
        <BrowserRouter basename={basename || undefined}>
          <AppRoutes />
        </BrowserRouter>
      </I18nProvider>
    </StrictMode>
  )
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread, so a tap during start-up is answered at once.
  startTransition(() => {
    if (container.dataset.render === 'static') hydrateRoot(container, app)
    else createRoot(container).render(app)
  })

  registerServiceWorker()
  // The development server has no manifest.
  if (import.meta.env.PROD) linkWebManifest()
  void sharePreferencesWithServiceWorker()
  // Sync's code and the database load only for people who turned sync on.
  if (syncHinted()) {
    void import('../features/sync/engine/sync-runner.ts').then((sync) => sync.resumeSync())
  }
}
