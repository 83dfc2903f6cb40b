import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from './sqlite.ts'
import { sqliteMigrations, type SqliteMigration } from './sqlite-migrations.ts'
import { describeStoreContract } from './store-contract.ts'
import { StoreError, type Store } from './store.ts'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'harbour-sqlite-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A second connection, as an operator's sqlite3 shell would see the file. */
function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

describe('openSqliteStore', () => {
  it('creates the directory and the file, in WAL mode, and answers ping', async () => {
    const file = path.join(dir, 'nested', 'data', 'harbour.sqlite')
    const store = await openSqliteStore({ file })
    expect(store.kind).toBe('sqlite')
    await expect(store.ping()).resolves.toBeUndefined()
    await store.close()

    expect((await stat(file)).isFile()).toBe(true)
    expect(inspect(file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal')
  })

  it('turns on foreign keys and a busy timeout for its connection', async () => {
    const file = path.join(dir, 'fk.sqlite')
    const migrations: SqliteMigration[] = [
      ...sqliteMigrations,
      {
        version: sqliteMigrations.length + 1,
        name: 'check-pragmas',
        sql: `CREATE TABLE pragmas AS
                SELECT (SELECT foreign_keys FROM pragma_foreign_keys) AS fk,
                       (SELECT timeout FROM pragma_busy_timeout) AS busy`,
      },
    ]
    const store = await openSqliteStore({ file, migrations })
    await store.close()
    expect(inspect(file, (db) => db.prepare('SELECT fk, busy FROM pragmas').get())).toEqual({
      fk: 1,
      busy: 5000,
    })
  })

  it('runs each migration once, recording it, and not again on re-opening', async () => {
    const file = path.join(dir, 'harbour.sqlite')
    const migrations: SqliteMigration[] = [
      ...sqliteMigrations,
      {
        version: sqliteMigrations.length + 1,
        name: 'count-runs',
        sql: `CREATE TABLE runs (n INTEGER); INSERT INTO runs VALUES (1);`,
      },
    ]
    await (await openSqliteStore({ file, migrations })).close()
    const firstApplied = inspect(file, (db) =>
      db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all(),
    )
    await (await openSqliteStore({ file, migrations })).close()

    inspect(file, (db) => {
      expect(db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 })
      expect(db.prepare('SELECT count(*) AS n FROM server_info').get()).toEqual({ n: 1 })
      expect(
        db
          .prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version')
          .all(),
      ).toEqual(firstApplied)
    })
    expect(firstApplied.map((row) => (row as { name: string }).name)).toEqual([
      ...sqliteMigrations.map((m) => m.name),
      'count-runs',
    ])
  })

  it('applies only the new migrations to an existing database', async () => {
    const file = path.join(dir, 'harbour.sqlite')
    await (await openSqliteStore({ file })).close()
    const next: SqliteMigration = {
      version: sqliteMigrations.length + 1,
      name: 'add-table',
      sql: 'CREATE TABLE later (id INTEGER PRIMARY KEY)',
    }
    await (await openSqliteStore({ file, migrations: [...sqliteMigrations, next] })).close()
    const versions = inspect(file, (db) =>
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(),
    )
    expect(versions).toEqual([...sqliteMigrations.map((m) => m.version), next.version])
  })

  it('rolls back a migration that fails, recording nothing', async () => {
    const file = path.join(dir, 'harbour.sqlite')
    const broken: SqliteMigration = {
      version: sqliteMigrations.length + 1,
      name: 'broken',
      sql: 'CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1);',
    }
    await expect(
      openSqliteStore({ file, migrations: [...sqliteMigrations, broken] }),
    ).rejects.toThrow(`Migration ${broken.version} (broken) failed on ${file}`)
    inspect(file, (db) => {
      expect(
        db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get(),
      ).toEqual({ n: 0 })
      expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({
        v: sqliteMigrations.length,
      })
    })
  })

  it('refuses a database from a newer server', async () => {
    const file = path.join(dir, 'harbour.sqlite')
    const future: SqliteMigration = {
      version: sqliteMigrations.length + 1,
      name: 'future',
      sql: 'SELECT 1',
    }
    await (await openSqliteStore({ file, migrations: [...sqliteMigrations, future] })).close()
    await expect(openSqliteStore({ file })).rejects.toThrow(
      `schema version ${future.version}, newer than`,
    )
  })

  it('gives a clear error for a file that is not a database', async () => {
    const file = path.join(dir, 'harbour.sqlite')
    await writeFile(file, Buffer.from('%PDF-1.7 definitely not SQLite '.repeat(64)))
    const opening = openSqliteStore({ file })
    await expect(opening).rejects.toThrow(StoreError)
    await expect(openSqliteStore({ file })).rejects.toThrow(
      `${file} is not a SQLite database (SQLITE_NOTADB)`,
    )
  })

  it('gives a clear error when the data directory cannot be created', async () => {
    const blocker = path.join(dir, 'not-a-directory')
    await writeFile(blocker, 'a file where the data directory should be')
    await expect(openSqliteStore({ file: path.join(blocker, 'harbour.sqlite') })).rejects.toThrow(
      `Cannot create the data directory ${blocker}`,
    )
  })

  it('gives a clear error when the file is a directory', async () => {
    await expect(openSqliteStore({ file: dir })).rejects.toThrow(/Cannot open .* for writing/)
  })

  it('fails ping once closed, and closes twice without error', async () => {
    const store = await openSqliteStore({ file: path.join(dir, 'harbour.sqlite') })
    await store.close()
    await expect(store.close()).resolves.toBeUndefined()
    await expect(store.ping()).rejects.toThrow()
  })

  it('refuses a migration list with gaps', async () => {
    const gap: SqliteMigration = {
      version: sqliteMigrations.length + 2,
      name: 'gap',
      sql: 'SELECT 1',
    }
    await expect(
      openSqliteStore({ file: path.join(dir, 'x.sqlite'), migrations: [...sqliteMigrations, gap] }),
    ).rejects.toThrow(`has version ${gap.version}, expected ${sqliteMigrations.length + 1}`)
  })
})

describe('deleting sync data from SQLite', () => {
  it('leaves none of the deleted ciphertext in the file or its write-ahead log', async () => {
    const file = path.join(dir, 'harbour.sqlite')
    const store = await openSqliteStore({ file })
    // Smaller than a page, so each is stored in one piece that a search of the bytes can find.
    const blob = randomBytes(1024)
    const kept = randomBytes(1024)
    await store.createAccount('leaving', randomBytes(32), '2025-01-01')
    await store.createAccount('staying', randomBytes(32), '2025-01-01')
    const day = { day: '2025-01-01', maxAccountBytes: 1e6 }
    await store.appendOps(
      'leaving',
      [{ id: 'op-leaving-0001', iv: randomBytes(12), ct: blob }],
      day,
    )
    await store.appendOps(
      'staying',
      [{ id: 'op-staying-0001', iv: randomBytes(12), ct: kept }],
      day,
    )
    const onDisk = async () =>
      Buffer.concat([
        await readFile(file),
        await readFile(`${file}-wal`).catch(() => Buffer.alloc(0)),
      ])
    expect((await onDisk()).includes(blob)).toBe(true)

    await store.deleteAccount('leaving', '2025-01-02')
    const after = await onDisk()
    expect(after.includes(blob)).toBe(false)
    expect(after.includes(kept)).toBe(true)
    await store.close()
  })
})

describeStoreContract('SQLite', async () => {
  const file = path.join(dir, 'contract.sqlite')
  let store: Store = await openSqliteStore({ file })
  return {
    store,
    async reopen() {
      await store.close()
      store = await openSqliteStore({ file })
      return store
    },
    cleanup: () => store.close(),
  }
})
