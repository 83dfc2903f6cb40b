import path from 'node:path'

interface TypeInfo {
  type: string
  /** Worth compressing: text-like formats. Images and fonts here are compressed already. */
  compressible: boolean
}

const text = (type: string): TypeInfo => ({ type: `${type}; charset=utf-8`, compressible: true })
const binary = (type: string, compressible = false): TypeInfo => ({ type, compressible })

// Only what a Vite build of this app emits; anything else is served as opaque bytes, and
// `X-Content-Type-Options: nosniff` stops browsers guessing otherwise.
const TYPES: Record<string, TypeInfo> = {
  '.html': text('text/html'),
  '.js': text('text/javascript'),
  '.mjs': text('text/javascript'),
  '.css': text('text/css'),
  '.json': text('application/json'),
  '.map': text('application/json'),
  '.webmanifest': text('application/manifest+json'),
  '.txt': text('text/plain'),
  '.xml': text('application/xml'),
  '.svg': text('image/svg+xml'),
  '.ico': binary('image/x-icon', true),
  '.png': binary('image/png'),
  '.jpg': binary('image/jpeg'),
  '.jpeg': binary('image/jpeg'),
  '.gif': binary('image/gif'),
  '.webp': binary('image/webp'),
  '.avif': binary('image/avif'),
  '.woff2': binary('font/woff2'),
  '.woff': binary('font/woff'),
  '.ttf': binary('font/ttf', true),
  '.otf': binary('font/otf', true),
  '.wasm': binary('application/wasm', true),
  '.pdf': binary('application/pdf'),
}

const OCTET_STREAM: TypeInfo = binary('application/octet-stream')

export function contentTypeOf(fileName: string): TypeInfo {
  return TYPES[path.posix.extname(fileName).toLowerCase()] ?? OCTET_STREAM
}
