/** Where the build writes the web manifest (vite-plugin-pwa's default name). */
export const WEB_MANIFEST_URL = '/manifest.webmanifest'

/**
 * Links the web manifest, once the app is running. Built pages leave the link out, so the
 * browser does not fetch the manifest alongside the page on a slow connection
 * (scripts/vite-plugin-prerender.ts); installing needs the app's service worker anyway.
 */
export function linkWebManifest(doc: Document = document): void {
  if (doc.querySelector('link[rel="manifest"]')) return
  const link = doc.createElement('link')
  link.rel = 'manifest'
  link.href = WEB_MANIFEST_URL
  doc.head.append(link)
}
