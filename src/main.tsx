import { applyStoredPreferences } from './features/settings/preferences-store.ts'
import { localeFromPath } from './i18n/locales.ts'
import { afterFirstPaint } from './lib/after-first-paint.ts'

// A page that has not come through the service worker gets its display preferences here.
applyStoredPreferences()

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element')

// A prerendered page is complete and readable as it is (its links and quick exit work without
// JavaScript), so the app's code loads after the first paint and never delays it. The shell has
// nothing to show yet, so it starts the app at once.
// Evaluating the app's code and starting it run as two separate tasks, so neither blocks for long.
// The frame's messages in the page's language download alongside the app's code, not after it.
const locale = localeFromPath(window.location.pathname)
const start = () =>
  void Promise.all([
    import('./app/start.tsx'),
    import('./i18n/catalogs.ts').then((catalogs) => catalogs.loadFrameCatalog(locale)),
  ]).then(([{ startApp }]) => setTimeout(() => startApp(container, locale), 0))
if (container.dataset.render === 'static') afterFirstPaint(start)
else start()
