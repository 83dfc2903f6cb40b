import { accessSync, constants, mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sqliteMigrations, type SqliteMigration } from './sqlite-migrations.ts'
import { sqliteSyncStore } from './sqlite-sync.ts'
import { StoreError, type Store } from './store.ts'

export interface SqliteStoreOptions {
  file: string
  /** Only tests pass their own list. */
  migrations?: readonly SqliteMigration[]
  /** How long a write waits for another process's lock before failing. */
  busyTimeoutMs?: number
}

export interface SqliteStore extends Store {
  readonly kind: 'sqlite'
  readonly file: string
}

/** Opens (creating if needed) the SQLite database and brings its schema up to date. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  const file = path.resolve(options.file)
  const migrations = options.migrations ?? sqliteMigrations
  checkMigrationList(migrations)
  prepareDirectory(path.dirname(file))

  let db: Database.Database | undefined
  try {
    db = new Database(file)
    // The first statement is the first read of the file, so a file that is not a database
    // fails here rather than later.
    const mode = db.pragma('journal_mode = WAL', { simple: true })
    if (mode !== 'wal') {
      throw new StoreError(`Cannot use write-ahead logging for ${file} (journal mode is ${mode})`)
    }
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`)
    // NORMAL is durable across application crashes in WAL mode, and much faster than FULL.
    db.pragma('synchronous = NORMAL')
    // Deleted and pruned ciphertext is overwritten with zeros rather than left in free pages:
    // "delete my synced data" should leave nothing behind in the file.
    db.pragma('secure_delete = ON')
    migrate(db, migrations, file)
  } catch (error) {
    db?.close()
    throw describeOpenError(error, file)
  }

  const openDb = db
  return {
    ...sqliteSyncStore(openDb),
    kind: 'sqlite',
    file,
    async ping() {
      openDb.prepare('SELECT 1').get()
    },
    async close() {
      if (openDb.open) openDb.close()
    },
  }
}

function prepareDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    throw new StoreError(`Cannot create the data directory ${dir}: ${errorCode(error)}`)
  }
  try {
    // WAL mode keeps -wal and -shm files beside the database, so the directory itself must be
    // writable, not only the file.
    accessSync(dir, constants.W_OK)
  } catch (error) {
    throw new StoreError(`The data directory ${dir} is not writable: ${errorCode(error)}`)
  }
}

function migrate(db: Database.Database, migrations: readonly SqliteMigration[], file: string) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT
  `)
  const currentVersion = db.prepare<[], { v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  )
  const record = db.prepare<[number, string]>(
    `INSERT INTO schema_migrations (version, name, applied_at)
     VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  )

  const known = migrations.at(-1)?.version ?? 0
  const found = currentVersion.get()?.v ?? 0
  if (found > known) {
    throw new StoreError(
      `${file} has schema version ${found}, newer than this server knows (${known}); ` +
        'run a newer Harbour or restore a backup',
    )
  }

  for (const migration of migrations) {
    // IMMEDIATE takes the write lock before reading, so two processes starting together cannot
    // both apply the same step; the second sees it recorded and skips it.
    try {
      db.transaction(() => {
        if ((currentVersion.get()?.v ?? 0) >= migration.version) return
        db.exec(migration.sql)
        record.run(migration.version, migration.name)
      }).immediate()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new StoreError(
        `Migration ${migration.version} (${migration.name}) failed on ${file}, nothing of it was ` +
          `applied: ${message}`,
      )
    }
  }
}

function checkMigrationList(migrations: readonly SqliteMigration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `SQLite migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`,
      )
    }
  })
}

function describeOpenError(error: unknown, file: string): Error {
  if (error instanceof StoreError) return error
  const code = errorCode(error)
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreError(
      `${file} is not a SQLite database (${code}); move it aside or choose another file`,
    )
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new StoreError(
      `Cannot open ${file} for writing (${code}); is it a directory or read-only?`,
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  return new StoreError(`Cannot open the database ${file}: ${message} (${code})`)
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unknown error'
}
