import { createHmac, randomBytes } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Store } from '../store/store.ts'
import { dayOf } from './day.ts'
import { FixedWindowLimiter } from './rate-limiter.ts'
import type { SyncSettings } from './settings.ts'

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS

/** What every sync route shares: the store, the settings and this process's rate-limit counts. */
export interface SyncContext {
  store: Store
  settings: SyncSettings
  accountLimiter: FixedWindowLimiter
  newAccountLimiter: FixedWindowLimiter
  /** Today, as the store records it. */
  today(): string
  /** The request's client, as a rate-limit key that is not its address. */
  clientKey(request: FastifyRequest): string
}

export function createSyncContext(store: Store, settings: SyncSettings): SyncContext {
  // Client addresses are keyed through a secret that lives and dies with the process, so not
  // even this process's memory holds a list of addresses.
  const secret = randomBytes(32)
  return {
    store,
    settings,
    accountLimiter: new FixedWindowLimiter(
      settings.accountRequestsPerMinute,
      MINUTE_MS,
      settings.now,
    ),
    newAccountLimiter: new FixedWindowLimiter(settings.newAccountsPerHour, HOUR_MS, settings.now),
    today: () => dayOf(settings.now()),
    clientKey: (request) =>
      createHmac('sha256', secret).update(request.ip).digest('base64url').slice(0, 22),
  }
}
