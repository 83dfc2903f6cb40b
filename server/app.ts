import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
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

export interface AppOptions {
  /** The Vite build output: index.html, shell.html, 404.html, assets/, … */
  distDir: string
  store: Store
  /** false (the default) for none, true for info-level JSON lines, or pino options. */
  logger?: boolean | object
  /** The area's live directory feed, when its area pack names one. */
  directoryFeed?: DirectoryFeed
}

/** The whole HTTP server, without listening: main.ts listens, tests use inject(). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    logController: new RequestLogController(),
    rewriteUrl: (request) => toOriginForm(request.url ?? '/'),
    // Behind a proxy the client address would come from X-Forwarded-For; we never use it, so
    // there is nothing to trust.
    trustProxy: false,
    // The sync API sets its own, smaller limits per route.
    bodyLimit: 1024 * 1024,
  })

  const files = await indexDist(options.distDir)
  await registerSecurityHeaders(app, { styleHashes: inlineStyleHashes(files.values()) })
  registerErrorHandlers(app)
  registerHealthRoute(app, options.store)
  registerDirectoryRoute(app, options.directoryFeed)
  await registerStaticRoutes(app, { distDir: options.distDir, files })
  return app
}
