import path from 'node:path'

/** Vite puts a content hash in every name under /assets/, so a URL there never changes meaning. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
/** Always revalidate (cheap with the ETag): stale HTML or service worker code is what leaves a
 * PWA stuck on an old version with links to chunks that no longer exist. */
export const CACHE_REVALIDATE = 'no-cache'
/** Unhashed but rarely changing files such as icons and robots.txt. */
export const CACHE_ONE_DAY = 'public, max-age=86400'

/** Pages, the manifest, the route list, and every script outside /assets/ (the service worker,
 * Workbox, the before-paint preferences script), since their names carry no hash. */
const REVALIDATED_NAMES = /^(?:.*\.html|.*\.webmanifest|.*\.js|app-routes\.json)$/

/** The Cache-Control header for a file of the built app, by its URL path. */
export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return CACHE_IMMUTABLE
  if (REVALIDATED_NAMES.test(path.posix.basename(urlPath))) return CACHE_REVALIDATE
  return CACHE_ONE_DAY
}
