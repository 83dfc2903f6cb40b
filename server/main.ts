import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { loadAreaPack } from '../scripts/vite-plugin-area.ts'
import { buildApp } from './app.ts'
import { ConfigError, loadConfig, repoRoot, type Config } from './config.ts'
import { DirectoryFeed } from './directory/directory-feed.ts'
import { openPostgresStore } from './store/postgres.ts'
import { openSqliteStore } from './store/sqlite.ts'
import { StoreError, type Store } from './store/store.ts'
import { startExpiryJob } from './sync/expiry-job.ts'
import { syncSettings } from './sync/settings.ts'

/** Long enough for in-flight requests; short enough for an orchestrator's kill grace period. */
const SHUTDOWN_TIMEOUT_MS = 10_000

function fail(message: string): never {
  process.stderr.write(`harbour: ${message}\n`)
  process.exit(1)
}

/** Problems the person starting the server can fix get one plain line, not a stack trace. */
async function expected<T>(work: () => T | Promise<T>, ...kinds: Array<new () => Error>) {
  try {
    return await work()
  } catch (error) {
    if (kinds.some((kind) => error instanceof kind)) fail((error as Error).message)
    throw error
  }
}

async function main(): Promise<void> {
  const config = await expected(() => loadConfig(), ConfigError)
  if (!existsSync(path.join(config.distDir, 'index.html'))) {
    fail(`No built app in ${config.distDir}. Run "npm run build" first.`)
  }

  const store = await expected(() => openStore(config), StoreError)
  const directoryFeed = createDirectoryFeed(config)
  const sync = syncSettings(config.sync)
  const app = await buildApp({
    distDir: config.distDir,
    store,
    logger: { level: config.logLevel },
    directoryFeed,
    sync,
    trustProxy: config.trustProxy,
  })
  app.log.info({ area: config.area }, 'serving the app built for this area')
  await directoryFeed?.start(app.log)
  const expiry = startExpiryJob({ store, settings: sync, log: app.log })
  app.addHook('onClose', () => expiry.stop())

  try {
    await app.listen({
      host: config.host,
      port: config.port,
      listenTextResolver: (address) => `Harbour listening at ${address}`,
    })
  } catch (error) {
    await store.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      fail(`Cannot listen on ${config.host}:${config.port} (${code}); set HOST or PORT`)
    }
    throw error
  }

  handleShutdown(app, store)
}

/** PostgreSQL when DATABASE_URL is set, the SQLite file otherwise. */
function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore({ connectionString: config.databaseUrl })
  return openSqliteStore({ file: config.dbFile })
}

/** The area's live directory feed, when its area pack names one. */
function createDirectoryFeed(config: Config): DirectoryFeed | undefined {
  const area = expectedSync(() => loadAreaPack(repoRoot, config.area))
  const source = area.directory?.feedUrl
  if (!source) return undefined
  return new DirectoryFeed({
    area: area.id,
    source,
    root: repoRoot,
    file: path.join(config.dataDir, 'directory', `${area.id}.json`),
    intervalMs: config.directoryRefreshMs,
  })
}

function expectedSync<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    fail((error as Error).message)
  }
}

function handleShutdown(app: FastifyInstance, store: Store): void {
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    // `npm start` forwards the terminal's Ctrl-C, so the same signal can arrive twice.
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'shutting down')
    setTimeout(() => {
      app.log.error(`still busy after ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting anyway`)
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()

    try {
      // Stops accepting connections and waits for in-flight requests to finish.
      await app.close()
      await store.close()
      app.log.info('stopped')
      process.exit(0)
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed')
      process.exit(1)
    }
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

await main()
