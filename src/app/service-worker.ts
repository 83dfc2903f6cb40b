import { registerSW } from 'virtual:pwa-register'
import { offerUpdate } from '../lib/update-store.ts'

/** Checks for a new version now and then, for people who keep Harbour open for a long time. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** Registers the service worker; the app starts after the first paint, so this never delays it. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const updateServiceWorker = registerSW({
    immediate: false,
    onNeedRefresh() {
      offerUpdate('new-version', () => updateServiceWorker(true))
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      window.setInterval(() => {
        if (navigator.onLine) void registration.update()
      }, UPDATE_CHECK_MS)
    },
    onRegisterError(error: unknown) {
      console.error('Offline support could not be set up', error)
    },
  })
}
