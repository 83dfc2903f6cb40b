export interface RequestPath {
  /** Decoded path segments; empty for `/`. */
  segments: string[]
  /** The path as sent, still percent-encoded, without the query string. */
  rawPath: string
  /** `?…` as sent, or an empty string. */
  query: string
  trailingSlash: boolean
}

/**
 * Splits a request URL into decoded segments, or returns null for any path that cannot name a
 * public file: empty segments (`//`), `.` and `..`, names starting with a dot, and segments that
 * decode to a slash, backslash or NUL. The static handler only ever looks these segments up in
 * an index of the build, so this is a second line of defence rather than the only one.
 */
export function parseRequestPath(url: string): RequestPath | null {
  const queryStart = url.indexOf('?')
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = queryStart === -1 ? '' : url.slice(queryStart)
  if (!rawPath.startsWith('/')) return null
  if (rawPath === '/') return { segments: [], rawPath, query, trailingSlash: false }

  const parts = rawPath.slice(1).split('/')
  const trailingSlash = parts.at(-1) === ''
  if (trailingSlash) parts.pop()

  const segments: string[] = []
  for (const part of parts) {
    let segment: string
    try {
      segment = decodeURIComponent(part)
    } catch {
      return null
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  return { segments, rawPath, query, trailingSlash }
}

/** True when the last segment has no file extension, i.e. the path names a page. */
export function isExtensionless(segments: readonly string[]): boolean {
  return !(segments.at(-1) ?? '').includes('.')
}

/** Never a file (dot segment), so a target we cannot read gets the ordinary 404 page. */
const UNREADABLE_TARGET = '/.unreadable-request-target'

/**
 * Fastify answers some request targets itself, before any hook runs, so the reply would carry
 * none of the security headers and no log line: paths with broken percent-encoding (`/%zz`) and
 * targets that are not a path (`*`). Used as Fastify's rewriteUrl, this turns them into paths
 * that go through the normal pipeline and name no file. It also accepts the absolute form
 * (`GET http://host/help`) that HTTP/1.1 servers must take, by dropping the scheme and host.
 */
export function toOriginForm(url: string): string {
  let target = url
  if (!target.startsWith('/')) {
    const absolute = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([/?][^#]*)?$/i.exec(target)
    if (!absolute) return UNREADABLE_TARGET
    target = absolute[1] ?? '/'
    if (target.startsWith('?')) target = '/' + target
  }
  const queryStart = target.indexOf('?')
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart)
  try {
    decodeURI(rawPath)
    return target
  } catch {
    // Escaping every `%` makes the path decodable; it then names no file.
    return rawPath.replaceAll('%', '%25') + target.slice(rawPath.length)
  }
}
