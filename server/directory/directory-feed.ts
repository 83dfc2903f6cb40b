import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { FastifyBaseLogger } from 'fastify'
import { runImport } from '../../scripts/directory/run-import.ts'
import { checkBundle } from '../../src/features/directory/data/bundle-schema.ts'

export interface FeedOptions {
  area: string
  /** The area's Open Referral UK /services URL. */
  source: string
  /** The repository root (the area's topic mapping lives under areas/<area>/). */
  root: string
  /** Where the latest good bundle is kept, so a restart serves it before the first refresh. */
  file: string
  intervalMs: number
  /** For tests: how long one fetch of the feed may take. */
  timeoutMs?: number
}

export interface FeedBody {
  json: Buffer
  gzip: Buffer
  etag: string
  generatedAt: string
}

/** A refresh with fewer than this share of the last good bundle's services is not used. */
const MIN_SHARE_KEPT = 0.5

function bodyOf(text: string, generatedAt: string): FeedBody {
  const json = Buffer.from(text)
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`
  return { json, gzip: gzipSync(json), etag, generatedAt }
}

/**
 * Keeps the area's directory fresh from its Open Referral feed: fetched, checked and normalised
 * by the same importer as `npm run directory:import`, then offered to the app at
 * /api/v1/directory. A failed refresh keeps the last good bundle; phones never call the feed.
 */
export class DirectoryFeed {
  #latest: FeedBody | undefined
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined
  #serviceCount: number | undefined
  #log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'> | undefined

  constructor(private readonly options: FeedOptions) {}

  latest(): FeedBody | undefined {
    return this.#latest
  }

  /** Loads the kept bundle, then refreshes now and every interval. */
  async start(log: FastifyBaseLogger): Promise<void> {
    this.#log = log
    await this.#loadKept()
    void this.refresh()
    this.#timer = setInterval(() => void this.refresh(), this.options.intervalMs)
    this.#timer.unref()
  }

  stop(): Promise<void> {
    clearInterval(this.#timer)
    return this.#running ?? Promise.resolve()
  }

  /** One refresh; overlapping calls share the one already running. */
  refresh(): Promise<void> {
    this.#running ??= this.#refresh().finally(() => (this.#running = undefined))
    return this.#running
  }

  async #loadKept(): Promise<void> {
    let text: string
    try {
      text = await readFile(this.options.file, 'utf8')
    } catch {
      return
    }
    const checked = checkBundle(JSON.parse(text) as unknown)
    if (checked.ok && checked.bundle.area === this.options.area) {
      this.#latest = bodyOf(text.trim(), checked.bundle.generatedAt)
      this.#serviceCount = checked.bundle.services.length
    } else {
      this.#log?.warn('the kept directory bundle is not usable; waiting for a refresh')
    }
  }

  async #refresh(): Promise<void> {
    const { area, source, root, file } = this.options
    const log = this.#log
    try {
      await mkdir(path.dirname(file), { recursive: true })
      // Imported beside the kept bundle, which is replaced only once the new one passes.
      const incoming = `${file}.incoming`
      await rm(incoming, { force: true })
      const result = await runImport({
        source,
        area,
        root,
        out: incoming,
        fetch: { timeoutMs: this.options.timeoutMs ?? 30_000 },
      })
      const counts = { services: result.bundle?.services.length ?? 0, notes: result.notes.length }
      if (!result.ok || !result.bundle) {
        log?.warn(
          { ...counts, problem: result.error },
          'directory refresh failed; keeping the last',
        )
        return
      }
      const rejected = result.records.filter((record) => record.outcome === 'rejected').length
      const checked = checkBundle(result.bundle)
      if (!checked.ok) {
        log?.warn({ ...counts, problems: checked.problems }, 'directory refresh unusable; kept')
        return
      }
      const before = this.#serviceCount
      if (before !== undefined && counts.services < before * MIN_SHARE_KEPT) {
        // A feed that suddenly lost most of its services is far likelier broken than true.
        log?.warn({ ...counts, before }, 'directory refresh lost most services; kept the last')
        return
      }
      this.#serviceCount = counts.services
      await rename(incoming, file)
      const text = JSON.stringify(result.bundle)
      this.#latest = bodyOf(text, result.bundle.generatedAt)
      log?.info({ ...counts, rejected }, 'directory refreshed')
    } catch (error) {
      log?.error({ err: error }, 'directory refresh failed; keeping the last')
    }
  }
}
