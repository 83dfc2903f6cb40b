import { createHash } from 'node:crypto'
import { LogController } from 'fastify'
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'

const MAX_LOGGED_PATH = 200

const ACCOUNT_PATH = /^(\/api\/v1\/accounts\/)([^/]+)/

/**
 * A sync account id in a path becomes `~` and the first 8 hex digits of its SHA-256: enough to
 * follow one account through a log, not enough to name it or to use it.
 */
export function redactAccountId(path: string): string {
  return path.replace(
    ACCOUNT_PATH,
    (_match, prefix: string, id: string) =>
      `${prefix}~${createHash('sha256').update(id).digest('hex').slice(0, 8)}`,
  )
}

/**
 * What a log line may say about a request: its method and path. Never the query string (search
 * terms, postcodes), the client's address or port, or headers: a young person's visit to a
 * mental health service is itself sensitive. Sync account ids are shortened to a hash prefix.
 */
export function serializeRequest(request: { method?: string; url?: string }) {
  const url = request.url ?? ''
  const queryStart = url.indexOf('?')
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  return { method: request.method, path: redactAccountId(path).slice(0, MAX_LOGGED_PATH) }
}

/**
 * An error as a log line may hold it: its kind, message, code and stack. Not the rest of its
 * fields: a database error's `detail` can quote the row it was writing.
 */
export function serializeError(error: Error) {
  const code = (error as { code?: unknown }).code
  return {
    type: error.name,
    message: String(error.message).slice(0, 500),
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack ?? '',
  }
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
    serializers: { req: serializeRequest, res: serializeReply, err: serializeError },
  }
}
