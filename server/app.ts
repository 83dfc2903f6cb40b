import Fastify from 'fastify'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { DirectoryFeed } from './directory/directory-feed.ts'
import { registerErrorHandlers } from './errors.ts'
import { loggerOptions, RequestLogController } from './logging.ts'
import { registerDirectoryRoute } from './routes/directory.ts'
import { registerHealthRoute } from './routes/health.ts'
import { registerStaticRoutes } from './routes/static.ts'
import { registerSecurityHeaders } from './security-headers.ts'
import { indexDist } from './static/dist-index.ts'
import { inlineStyleHashes } from './static/inline-style-hashes.ts'
import { toOriginForm } from './static/request-path.ts'
import type { Store } from './store/store.ts'
import { registerSyncApi } from './sync/sync-api.ts'
import { syncSettings, type SyncSettings } from './sync/settings.ts'

export interface AppOptions {
  /** The Vite build output: index.html, shell.html, 404.html, assets/, … */
  distDir: string
  store: Store
  /** false (the default) for none, true for info-level JSON lines, or pino options. */
  logger?: boolean | object
  /** The area's live directory feed, when its area pack names one. */
  directoryFeed?: DirectoryFeed
  /** The sync API's limits and clock; the documented defaults otherwise. */
  sync?: Partial<SyncSettings>
  /**
   * Which proxies in front of the server to believe about the client's address (Fastify's
   * trustProxy). Used only for the per-client limit on new sync accounts; false by default.
   */
  trustProxy?: boolean | string[]
}

/** The whole HTTP server, without listening: main.ts listens, tests use inject(). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    logController: new RequestLogController(),
    rewriteUrl: (request) => toOriginForm(request.url ?? '/'),
    // The client address is used only to count new sync accounts per client (in memory, keyed
    // through a per-process secret, never logged). Behind a proxy, set which proxies to trust.
    trustProxy: options.trustProxy ?? false,
    // The sync API sets its own, smaller limits per route.
    bodyLimit: 1024 * 1024,
    // Longer than any request line Node accepts, so an over-long account id in a path reaches
    // the sync API's own checks (a 400 with a clear message) instead of the router's 414.
    routerOptions: { maxParamLength: 65_536 },
    // The router's own refusals would echo the path back; answer as every other error does.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      return (reply as FastifyReply)
        .code(tooLong ? 414 : 400)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send({ error: tooLong ? 'The address is too long' : 'The address is not valid' })
    },
  })

  // A response that finishes while the server is closing closes its connection too: otherwise a
  // keep-alive client that was mid-request would hold the server open for the whole keep-alive
  // timeout after a restart was asked for.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close')
  })

  const files = await indexDist(options.distDir)
  await registerSecurityHeaders(app, { styleHashes: inlineStyleHashes(files.values()) })
  registerErrorHandlers(app)
  registerHealthRoute(app, options.store)
  registerDirectoryRoute(app, options.directoryFeed)
  await registerSyncApi(app, options.store, syncSettings(options.sync))
  await registerStaticRoutes(app, { distDir: options.distDir, files })
  return app
}
