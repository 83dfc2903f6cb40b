import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

export interface EncodedBody {
  body: Buffer
  etag: string
}

/** What the compressor needs to know about a file; StaticFile satisfies it. */
export interface CompressibleFile {
  urlPath: string
  body: Buffer | null
  etag: string
  compressible: boolean
  encoded: Partial<Record<Encoding, EncodedBody>>
}

/** Below this the headers cost more than compression saves. */
const MIN_SIZE = 512
/** Keep an encoding only if it is at least this much smaller; otherwise identity is as good. */
const MAX_RATIO = 0.9

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Picks the encoding to send for an Accept-Encoding header: brotli, else gzip, by the client's
 * q-values (ties go to brotli, which is smaller). Undefined means send the file as it is.
 */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined
  const q: Record<string, number> = {}
  for (const entry of header.split(',')) {
    const [token = '', ...params] = entry.split(';').map((part) => part.trim())
    let quality = 1
    for (const param of params) {
      const match = /^q=([01](?:\.\d{0,3})?)$/i.exec(param)
      if (match?.[1] !== undefined) quality = Number(match[1])
    }
    q[token.toLowerCase()] = quality
  }
  const star = q['*'] ?? 0
  const br = q['br'] ?? star
  const gz = q['gzip'] ?? q['x-gzip'] ?? star
  if (br > 0 && br >= gz) return 'br'
  if (gz > 0) return 'gzip'
  return undefined
}

/**
 * Compresses every compressible file once, with the slowest and best settings, one file at a
 * time so it never takes more than one libuv worker from request handling. Until a file's turn
 * comes it is sent uncompressed. Stops early when `signal` aborts (the server is closing).
 */
export async function precompress(
  files: Iterable<CompressibleFile>,
  signal: AbortSignal,
): Promise<{ files: number; bytesIn: number; bytesOut: number }> {
  const stats = { files: 0, bytesIn: 0, bytesOut: 0 }
  for (const file of files) {
    if (signal.aborted) break
    const body = file.body
    if (!file.compressible || body === null || body.length < MIN_SIZE) continue

    const br = await brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
    const gz = await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION })
    stats.files += 1
    stats.bytesIn += body.length
    stats.bytesOut += Math.min(br.length, gz.length, body.length)

    // A strong ETag names one exact representation, so each encoding gets its own.
    const tag = file.etag.slice(0, -1)
    if (br.length <= body.length * MAX_RATIO) file.encoded.br = { body: br, etag: `${tag}-br"` }
    if (gz.length <= body.length * MAX_RATIO) file.encoded.gzip = { body: gz, etag: `${tag}-gz"` }
  }
  return stats
}
