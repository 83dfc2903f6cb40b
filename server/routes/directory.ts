import type { FastifyInstance } from 'fastify'
import type { DirectoryFeed } from '../directory/directory-feed.ts'

/**
 * GET /api/v1/directory: the area's latest directory bundle from its live feed, for the app to
 * refresh its built-in copy. 404 when the area has no feed (or no good refresh yet): the app then
 * keeps the bundle it was built with.
 */
export function registerDirectoryRoute(app: FastifyInstance, feed: DirectoryFeed | undefined) {
  if (feed) app.addHook('onClose', () => feed.stop())
  app.get('/api/v1/directory', async (request, reply) => {
    const latest = feed?.latest()
    if (!latest) {
      return reply.code(404).header('cache-control', 'no-store').send({ error: 'not-found' })
    }
    reply
      .header('cache-control', 'no-cache')
      .header('etag', latest.etag)
      .header('vary', 'accept-encoding')
      .type('application/json; charset=utf-8')
    if (request.headers['if-none-match'] === latest.etag) return reply.code(304).send()
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      return reply.header('content-encoding', 'gzip').send(latest.gzip)
    }
    return reply.send(latest.json)
  })
}
