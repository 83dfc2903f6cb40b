import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { parseRequestPath } from './static/request-path.ts'

function isApiRequest(request: FastifyRequest): boolean {
  return parseRequestPath(request.url)?.segments[0] === 'api'
}

function sendError(reply: FastifyReply, status: number): FastifyReply {
  // Headers a file response may have set before failing would now describe the wrong body.
  for (const name of ['content-encoding', 'content-length', 'etag', 'vary']) {
    reply.removeHeader(name)
  }
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ error: STATUS_CODES[status] ?? 'Error' })
}

/**
 * Errors answer with the status and its standard phrase only, never the error's message or
 * stack (OWASP ASVS: generic errors). Server faults are logged in full for the operator.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = error.statusCode ?? 500
    const status = code >= 400 && code < 600 ? code : 500
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: error.code }, 'request rejected')
    return sendError(reply, status)
  })

  app.setNotFoundHandler((request, reply) => {
    if (isApiRequest(request)) {
      return reply
        .code(404)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send({ error: 'Not found' })
    }
    // Every GET and HEAD outside /api/ reaches the static routes, so only other methods get here.
    return reply
      .code(405)
      .header('allow', 'GET, HEAD')
      .header('cache-control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send('Method not allowed')
  })
}
