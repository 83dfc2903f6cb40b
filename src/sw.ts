/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core'
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  PREFERENCES_CACHE,
  PREFERENCES_URL,
  withPreferenceAttributes,
} from './features/settings/preferences.ts'

declare const self: ServiceWorkerGlobalScope

// The page sends this only when the person presses Refresh: a new version never takes over in
// the middle of something they are writing.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// On the very first visit, take charge at once so the app works offline straight away.
clientsClaim()
cleanupOutdatedCaches()

async function storedPreferences() {
  const cache = await caches.open(PREFERENCES_CACHE)
  const response = await cache.match(PREFERENCES_URL)
  return parsePreferences(response ? await response.text() : null)
}

/** Writes the person's theme, text size and motion into each page, ready for the first paint. */
addPlugins([
  {
    async cachedResponseWillBeUsed({ cachedResponse }) {
      if (!cachedResponse?.headers.get('content-type')?.includes('text/html')) {
        return cachedResponse
      }
      const preferences = await storedPreferences()
      if (JSON.stringify(preferences) === JSON.stringify(DEFAULT_PREFERENCES)) return cachedResponse
      const html = withPreferenceAttributes(await cachedResponse.text(), preferences)
      return new Response(html, {
        status: cachedResponse.status,
        statusText: cachedResponse.statusText,
        headers: cachedResponse.headers,
      })
    },
  },
])

// Prerendered pages are precached as /help.html etc.; Workbox's clean URLs map /help to them.
const manifest = self.__WB_MANIFEST
precacheAndRoute(manifest)

// Any other page of the app opens the app shell in its language, which draws it. Welsh pages are
// precached only when the area offers Welsh (the build prerenders only the area's languages).
const precached = new Set(manifest.map((entry) => (typeof entry === 'string' ? entry : entry.url)))
if (precached.has('cy/shell.html')) {
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('/cy/shell.html'), { allowlist: [/^\/cy(\/|$)/] }),
  )
}
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/shell.html'), {
    denylist: [/^\/api\//, /^\/healthz$/],
  }),
)
