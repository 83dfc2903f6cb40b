/* eslint-disable lingui/no-unlocalized-strings -- console notes for the people who run Harbour, never shown in the app */
import type { DirectoryBundle } from '../service-model.ts'
import { checkBundle } from './bundle-schema.ts'

/** Harbour's own server passes on the area's Open Referral feed here (the app calls no one else). */
export const DIRECTORY_FEED_PATH = '/api/v1/directory'

/** Where a refreshed bundle is kept between visits. Public data, so Cache Storage is enough. */
export interface BundleStore {
  read(): Promise<unknown>
  write(bundle: DirectoryBundle): Promise<void>
}

const CACHE_NAME = 'harbour-directory'

export const cacheStorageBundleStore: BundleStore = {
  async read() {
    if (typeof caches === 'undefined') return undefined
    const response = await (await caches.open(CACHE_NAME)).match(DIRECTORY_FEED_PATH)
    return response ? await response.json() : undefined
  },
  async write(bundle) {
    if (typeof caches === 'undefined') return
    const body = JSON.stringify(bundle)
    const headers = { 'content-type': 'application/json' }
    await (await caches.open(CACHE_NAME)).put(DIRECTORY_FEED_PATH, new Response(body, { headers }))
  },
}

/** A usable replacement for `current`: a valid bundle for the same area, made later. */
export function newerBundle(candidate: unknown, current: DirectoryBundle): DirectoryBundle | undefined {
  const checked = checkBundle(candidate)
  if (!checked.ok) return undefined
  const { bundle } = checked
  if (bundle.area !== current.area) return undefined
  return Date.parse(bundle.generatedAt) > Date.parse(current.generatedAt) ? bundle : undefined
}

export interface RefreshOptions {
  store?: BundleStore
  fetch?: typeof fetch
  online?: () => boolean
  onProblem?: (message: string) => void
}

/**
 * The newest directory this device can have: one kept from an earlier visit, then, when online,
 * the server's latest. Anything missing, broken or older is ignored, so the built-in bundle
 * always serves; nothing here can leave a person with an empty directory.
 */
export async function* refreshDirectory(
  current: DirectoryBundle,
  options: RefreshOptions = {},
): AsyncGenerator<DirectoryBundle> {
  const store = options.store ?? cacheStorageBundleStore
  const online = options.online ?? (() => navigator.onLine)
  const problem = options.onProblem ?? ((message) => console.warn(message))
  let best = current
  try {
    const kept = newerBundle(await store.read(), best)
    if (kept) yield (best = kept)
  } catch {
    problem('The saved copy of the directory could not be read; using the built-in one.')
  }
  if (!online()) return
  let fetched: unknown
  try {
    const response = await (options.fetch ?? fetch)(DIRECTORY_FEED_PATH, { cache: 'no-cache' })
    // 404: this area has no live feed, which is normal.
    if (!response.ok) return
    fetched = await response.json()
  } catch {
    return
  }
  const checked = checkBundle(fetched)
  if (!checked.ok) {
    problem(`The directory update was not usable: ${checked.problems.join('; ')}`)
    return
  }
  const fresh = newerBundle(checked.bundle, best)
  if (!fresh) return
  try {
    await store.write(fresh)
  } catch {
    problem('The directory update could not be kept on this device (is storage full?).')
  }
  yield fresh
}
