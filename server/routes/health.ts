import type { FastifyInstance } from 'fastify'
import type { Store } from '../store/store.ts'

/** For load balancers and uptime checks: 200 only while the store answers. */
export function registerHealthRoute(app: FastifyInstance, store: Store): void {
  app.get('/healthz', async (request, reply) => {
    reply.header('cache-control', 'no-store')
    try {
      await store.ping()
      return { status: 'ok' }
    } catch (error) {
      request.log.warn({ err: error }, 'store ping failed')
      return reply.code(503).send({ status: 'unavailable' })
    }
  })
}
