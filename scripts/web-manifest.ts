import type { ManifestOptions } from 'vite-plugin-pwa'
import type { AreaPack } from '../src/lib/area-pack.ts'

export const THEME_COLOUR = '#1b5e6f'
export const BACKGROUND_COLOUR = '#f7f4ee'

export function webManifest(area: AreaPack): Partial<ManifestOptions> {
  return {
    id: '/',
    name: area.appName === 'Harbour' ? 'Harbour: wellbeing support' : area.appName,
    short_name: area.appName,
    description:
      'Support for how you feel: short reads, calming tools, private check-ins and where to find help. Works offline.',
    lang: 'en-GB',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    // The same colour index.html's theme-color meta is given for the area (vite-plugin-area.ts).
    theme_color: area.colours?.brand ?? THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    categories: ['health', 'lifestyle', 'medical'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    screenshots: [
      {
        src: '/screenshots/home-narrow.png',
        sizes: '780x1688',
        type: 'image/png',
        form_factor: 'narrow',
        label: 'The home page, with Get help now and Quick exit at the top',
      },
      {
        src: '/screenshots/help-wide.png',
        sizes: '1280x800',
        type: 'image/png',
        form_factor: 'wide',
        label: 'Get help now: who to call or text, day and night',
      },
    ],
    shortcuts: [{ name: 'Get help now', url: '/help', description: 'Who to call or text now' }],
  }
}
