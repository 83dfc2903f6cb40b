import { LogController } from 'fastify'
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'

const MAX_LOGGED_PATH = 200

/**
 * What a log line may say about a request: its method and path. Never the query string (search
 * terms, postcodes), the client's address or port, or headers: a young person's visit to a
 * mental health service is itself sensitive.
 */
export function serializeRequest(request: { method?: string; url?: string }) {
  const url = request.url ?? ''
  const queryStart = url.indexOf('?')
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  return { method: request.method, path: path.slice(0, MAX_LOGGED_PATH) }
}

export function serializeReply(reply: { statusCode: number }) {
  return { statusCode: reply.statusCode }
}

/**
 * One line per request, written when it completes, instead of Fastify's two; health checks
 * from a load balancer go to debug so they do not drown the rest.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) }
    if (error) reply.log.error({ ...line, err: error }, 'request errored')
    else if (request.url === '/healthz') reply.log.debug(line, 'request completed')
    else reply.log.info(line, 'request completed')
  }

  // Fastify's own wording repeats the full URL, query string included.
  override routeNotFound(): void {}
}

type LoggerOption = FastifyServerOptions['logger']

/**
 * Fastify logger options: pino JSON lines, given options merged in, but always with the
 * serializers above and without pino's default hostname and pid.
 */
export function loggerOptions(logger: boolean | object | undefined): LoggerOption {
  if (!logger) return false
  const given = typeof logger === 'object' ? logger : {}
  return {
    level: 'info',
    base: null,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    ...given,
    serializers: { req: serializeRequest, res: serializeReply },
  }
}
