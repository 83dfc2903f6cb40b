import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../app.ts'
import { openPostgresStore } from '../store/postgres.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import type { Store } from '../store/store.ts'
import type { SyncSettings } from '../sync/settings.ts'
import { createDist, type DistFixture } from './fixtures.ts'
import { freshSchemaUrl } from './postgres-schemas.ts'

export type StoreKind = 'sqlite' | 'postgres'
export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres']

/** Where a test's database lives, so it can be opened again (a restart) or inspected. */
export interface TestDatabase {
  kind: StoreKind
  /** The SQLite file, or the PostgreSQL URL whose search_path is the test's own schema. */
  location: string
  schema?: string
  open(): Promise<Store>
  cleanup(): Promise<void>
}

export async function testDatabase(kind: StoreKind, postgresUrl: string): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'harbour-sync-'))
    const file = path.join(dir, 'harbour.sqlite')
    return {
      kind,
      location: file,
      open: () => openSqliteStore({ file }),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    }
  }
  const { url, schema } = await freshSchemaUrl(postgresUrl)
  return {
    kind,
    location: url,
    schema,
    open: () => openPostgresStore({ connectionString: url }),
    cleanup: async () => {},
  }
}

/** Limits high enough that tests which are not about rate limits never meet them. */
export const NO_RATE_LIMITS: Partial<SyncSettings> = {
  accountRequestsPerMinute: 1_000_000,
  newAccountsPerHour: 1_000_000,
}

export interface TestServer {
  app: FastifyInstance
  store: Store
  database: TestDatabase
  /** Closes the app and store, and opens them again on the same database. */
  restart(): Promise<void>
  close(): Promise<void>
}

/** The real app (buildApp) on a fresh database of the given kind. */
export async function startTestServer(
  kind: StoreKind,
  postgresUrl: string,
  options: { sync?: Partial<SyncSettings>; logger?: object; database?: TestDatabase } = {},
): Promise<TestServer> {
  const database = options.database ?? (await testDatabase(kind, postgresUrl))
  const dist: DistFixture = await createDist()
  const start = async () => {
    const store = await database.open()
    const app = await buildApp({
      distDir: dist.distDir,
      store,
      sync: { ...NO_RATE_LIMITS, ...options.sync },
      ...(options.logger ? { logger: options.logger } : {}),
    })
    return { app, store }
  }
  let running = await start()
  const server: TestServer = {
    app: running.app,
    store: running.store,
    database,
    async restart() {
      await running.app.close()
      await running.store.close()
      running = await start()
      server.app = running.app
      server.store = running.store
    },
    async close() {
      await running.app.close()
      await running.store.close()
      await dist.cleanup()
      if (!options.database) await database.cleanup()
    },
  }
  return server
}
