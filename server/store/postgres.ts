import pg from 'pg'
import { postgresMigrations, type PostgresMigration } from './postgres-migrations.ts'
import { postgresSyncStore } from './postgres-sync.ts'
import { StoreError, type Store } from './store.ts'

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`; `?options=-c search_path=…` picks a schema. */
  connectionString: string
  /** Connections this process may hold. */
  maxConnections?: number
  /** Only tests pass their own list. */
  migrations?: readonly PostgresMigration[]
}

export interface PostgresStore extends Store {
  readonly kind: 'postgres'
}

/**
 * Two numbers naming the migration lock. PostgreSQL advisory locks are per database, and the
 * second number is the schema's hash, so servers migrating different schemas do not wait for
 * each other.
 */
const MIGRATION_LOCK_CLASS = 0x4861_7262 // "Harb"

/**
 * Opens a connection pool and brings the schema up to date. Several processes may start at once:
 * migrations run under an advisory lock, so exactly one applies each step and the others then
 * find it recorded.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const migrations = options.migrations ?? postgresMigrations
  checkMigrationList(migrations)
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    application_name: 'harbour',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  })
  // An idle connection dropped by the server (a restart, a failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', () => {})

  try {
    await migrate(pool, migrations)
  } catch (error) {
    await pool.end()
    throw describeOpenError(error, options.connectionString)
  }

  let closed: Promise<void> | undefined
  return {
    ...postgresSyncStore(pool),
    kind: 'postgres',
    async ping() {
      await pool.query('SELECT 1')
    },
    close() {
      closed ??= pool.end()
      return closed
    },
  }
}

async function migrate(pool: pg.Pool, migrations: readonly PostgresMigration[]): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', [
      MIGRATION_LOCK_CLASS,
    ])
    try {
      await client.query(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`)
      const found = await currentVersion(client)
      const known = migrations.at(-1)?.version ?? 0
      if (found > known) {
        throw new StoreError(
          `The database has schema version ${found}, newer than this server knows (${known}); ` +
            'run a newer Harbour or restore a backup',
        )
      }
      for (const migration of migrations) {
        if (migration.version <= found) continue
        await applyMigration(client, migration)
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [
        MIGRATION_LOCK_CLASS,
      ])
    }
  } finally {
    client.release()
  }
}

async function currentVersion(client: pg.PoolClient): Promise<number> {
  const result = await client.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  )
  return result.rows[0]?.v ?? 0
}

async function applyMigration(client: pg.PoolClient, migration: PostgresMigration) {
  try {
    await client.query('BEGIN')
    await client.query(migration.sql)
    await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    const message = error instanceof Error ? error.message : String(error)
    throw new StoreError(
      `Migration ${migration.version} (${migration.name}) failed, nothing of it was applied: ` +
        message,
    )
  }
}

function checkMigrationList(migrations: readonly PostgresMigration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `PostgreSQL migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`,
      )
    }
  })
}

/** Where the database is, without the password that DATABASE_URL may carry. */
export function describeDatabase(connectionString: string): string {
  try {
    const url = new URL(connectionString)
    return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`
  } catch {
    return 'the database named by DATABASE_URL'
  }
}

function describeOpenError(error: unknown, connectionString: string): Error {
  if (error instanceof StoreError) return error
  const where = describeDatabase(connectionString)
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return new StoreError(
    `Cannot open the PostgreSQL database at ${where}: ${message}${typeof code === 'string' ? ` (${code})` : ''}`,
  )
}
