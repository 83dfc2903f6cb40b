import type { FastifyInstance } from 'fastify'
import type { Store } from '../store/store.ts'
import { ApiError } from './api-error.ts'
import { registerApiErrorHandler } from './api-errors.ts'
import { createSyncContext, MINUTE_MS } from './context.ts'
import { rateLimitHeaders } from './rate-limiter.ts'
import { registerAccountRoutes } from './routes-accounts.ts'
import { registerOpRoutes } from './routes-ops.ts'
import { registerSnapshotRoutes } from './routes-snapshot.ts'
import { accountParamsSchema, parseOr400 } from './schemas.ts'
import type { SyncSettings } from './settings.ts'

/**
 * The sync API (docs/adr/0006-sync-server.md, shared design sync.md) under
 * /api/v1/accounts/:accountId. Every answer is JSON (or 204), `Cache-Control: no-store`, and
 * carries the account's RateLimit-* headers.
 */
export async function registerSyncApi(
  app: FastifyInstance,
  store: Store,
  settings: SyncSettings,
): Promise<void> {
  const context = createSyncContext(store, settings)

  await app.register(
    async (api) => {
      // Only JSON bodies: text/plain (which Fastify reads by default) gets a 415.
      api.removeContentTypeParser('text/plain')
      registerApiErrorHandler(api, settings.now)

      // Before the body is read: a refused request costs no parsing.
      api.addHook('onRequest', async (request, reply) => {
        reply.header('cache-control', 'no-store')
        const { accountId } = parseOr400(accountParamsSchema, request.params, 'path')
        const decision = context.accountLimiter.take(accountId)
        reply.headers(rateLimitHeaders(decision, MINUTE_MS))
        if (!decision.allowed) {
          throw new ApiError(
            429,
            `Too many requests for this account: at most ${decision.limit} a minute. ` +
              `Try again in ${decision.resetSeconds} seconds.`,
          )
        }
      })

      registerAccountRoutes(api, context)
      registerOpRoutes(api, context)
      registerSnapshotRoutes(api, context)
    },
    { prefix: '/api/v1/accounts' },
  )
}
