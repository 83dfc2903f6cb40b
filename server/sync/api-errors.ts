import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ApiError } from './api-error.ts'

/** Fastify's own refusals, reworded for whoever sent the request. */
function describeFastifyError(error: FastifyError, request: FastifyRequest): [number, string] {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [
        413,
        `The request body is larger than this call accepts (at most ${request.routeOptions.bodyLimit ?? 0} bytes)`,
      ]
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [415, 'Send the body as JSON, with the header "Content-Type: application/json"']
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return [400, 'The body is empty: send a JSON object']
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return [400, 'The body is not valid JSON']
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return [400, 'The Content-Length header does not match the body']
    default:
      break
  }
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) return [status, 'The request could not be read']
  return [500, 'Something went wrong on the server: please try again later']
}

function send(reply: FastifyReply, status: number, body: Record<string, unknown>) {
  // Headers a half-built answer may have set would now describe the wrong body.
  for (const name of ['content-encoding', 'content-length', 'etag']) reply.removeHeader(name)
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(body)
}

/**
 * Every failure of the sync API answers `{ error: "<what to do>" }`: never a stack, a database
 * message or anything the request sent. Server faults are logged (without the request's content).
 */
export function registerApiErrorHandler(api: FastifyInstance, now: () => number): void {
  api.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      request.log.info({ status: error.statusCode }, 'request refused')
      reply.headers(error.headers)
      return send(reply, error.statusCode, {
        error: error.message,
        ...error.details,
        serverTime: now(),
      })
    }
    const [status, message] = describeFastifyError(error, request)
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: error.code, status }, 'request refused')
    return send(reply, status, { error: message, serverTime: now() })
  })
}
