import { createReadStream } from 'node:fs'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { negotiateEncoding } from './compression.ts'
import type { StaticFile } from './dist-index.ts'

/**
 * Sends one file of the build with its caching headers, compressed when the client accepts it
 * and a compressed copy is ready, and as 304 when the client's copy is current.
 */
export function sendStaticFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: StaticFile,
  status = 200,
): FastifyReply {
  const encoding = file.compressible
    ? negotiateEncoding(request.headers['accept-encoding'])
    : undefined
  const encoded = encoding ? file.encoded[encoding] : undefined
  const etag = encoded?.etag ?? file.etag

  reply.header('cache-control', file.cacheControl).header('etag', etag)
  if (file.compressible) reply.header('vary', 'Accept-Encoding')

  if (status === 200 && isFresh(request.headers['if-none-match'], etag)) {
    return reply.code(304).send()
  }

  reply.code(status).header('content-type', file.contentType)
  if (encoded && encoding) reply.header('content-encoding', encoding)
  const body = encoded?.body ?? file.body
  if (body) return reply.send(body)

  reply.header('content-length', file.size)
  return reply.send(request.method === 'HEAD' ? undefined : createReadStream(file.absPath))
}

/** If-None-Match with the weak comparison RFC 9110 asks for on GET and HEAD. */
function isFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  const current = opaque(etag)
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === current)
}
