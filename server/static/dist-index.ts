import { createHash } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { cacheControlFor } from './cache-control.ts'
import type { EncodedBody, Encoding } from './compression.ts'
import { contentTypeOf } from './content-type.ts'

export interface StaticFile {
  /** `/assets/app-abc123.js`: decoded, slash-separated, relative to the dist directory. */
  urlPath: string
  absPath: string
  size: number
  contentType: string
  cacheControl: string
  etag: string
  /** The file's bytes, or null for a file too large to hold (then streamed from disk). */
  body: Buffer | null
  compressible: boolean
  /** Filled in the background by precompress(). */
  encoded: Partial<Record<Encoding, EncodedBody>>
}

/** A PWA precaches its files, so they are small (Workbox refuses files over 2 MiB by default). */
const MAX_HELD_BYTES = 8 * 1024 * 1024

/**
 * Lists every public file of the built app, keyed by URL path. Requests are answered only from
 * this map, never by joining a request path onto the file system, so no URL can reach outside
 * the dist directory. Dotfiles, dot-directories and symbolic links are left out.
 *
 * Files are read once here: the server then serves one consistent build even if `npm run build`
 * rewrites dist/ while it runs (restart to pick up the new build).
 */
export async function indexDist(distDir: string): Promise<Map<string, StaticFile>> {
  const root = path.resolve(distDir)
  const rootStat = await stat(root).catch(() => null)
  if (!rootStat?.isDirectory()) throw new Error(`The built app directory ${root} does not exist`)

  const files = new Map<string, StaticFile>()
  await walk(root, [], files)
  return files
}

async function walk(dir: string, prefix: string[], files: Map<string, StaticFile>): Promise<void> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const absPath = path.join(dir, entry.name)
    const segments = [...prefix, entry.name]
    if (entry.isDirectory()) {
      await walk(absPath, segments, files)
    } else if (entry.isFile()) {
      const urlPath = '/' + segments.join('/')
      files.set(urlPath, await describe(urlPath, absPath))
    }
  }
}

async function describe(urlPath: string, absPath: string): Promise<StaticFile> {
  const info = await stat(absPath)
  const { type, compressible } = contentTypeOf(urlPath)
  const held = info.size <= MAX_HELD_BYTES
  const body = held ? await readFile(absPath) : null
  // A content hash is the same on every server instance and after every redeploy of the same
  // build, unlike size and mtime; big files fall back to those to avoid reading them twice.
  const etag = body
    ? `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    : `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
  return {
    urlPath,
    absPath,
    size: info.size,
    contentType: type,
    cacheControl: cacheControlFor(urlPath),
    etag,
    body,
    compressible,
    encoded: {},
  }
}
