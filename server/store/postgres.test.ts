import { describe, expect, inject, it } from 'vitest'
import { freshSchemaUrl, queryServer } from '../testing/postgres-schemas.ts'
import { describeDatabase, openPostgresStore } from './postgres.ts'
import { postgresMigrations, type PostgresMigration } from './postgres-migrations.ts'
import { describeStoreContract } from './store-contract.ts'
import { StoreError, type Store } from './store.ts'

const serverUrl = inject('postgresUrl')

describe('openPostgresStore', () => {
  it('creates the schema and answers ping', async () => {
    const { url, schema } = await freshSchemaUrl(serverUrl)
    const store = await openPostgresStore({ connectionString: url })
    await expect(store.ping()).resolves.toBeUndefined()
    expect(store.kind).toBe('postgres')
    await store.close()
    const tables = await queryServer<{ table_name: string }>(
      serverUrl,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
      [schema],
    )
    expect(tables.map((t) => t.table_name)).toEqual([
      'accounts',
      'deleted_accounts',
      'ops',
      'schema_migrations',
      'server_info',
      'snapshots',
    ])
  })

  it('applies each migration once when several servers start at the same moment', async () => {
    const { url } = await freshSchemaUrl(serverUrl)
    const counting: PostgresMigration[] = [
      ...postgresMigrations,
      {
        version: postgresMigrations.length + 1,
        name: 'count-runs',
        sql: 'CREATE TABLE runs (n integer); INSERT INTO runs VALUES (1);',
      },
    ]
    const stores = await Promise.all(
      Array.from({ length: 6 }, () =>
        openPostgresStore({ connectionString: url, migrations: counting, maxConnections: 2 }),
      ),
    )
    await Promise.all(stores.map((store) => store.close()))
    expect(await queryServer(url, 'SELECT count(*)::int AS n FROM runs')).toEqual([{ n: 1 }])
    const applied = await queryServer<{ version: number }>(
      url,
      'SELECT version FROM schema_migrations ORDER BY version',
    )
    expect(applied.map((row) => row.version)).toEqual(counting.map((m) => m.version))
  })

  it('rolls back a migration that fails, recording nothing', async () => {
    const { url, schema } = await freshSchemaUrl(serverUrl)
    const broken: PostgresMigration = {
      version: postgresMigrations.length + 1,
      name: 'broken',
      sql: 'CREATE TABLE half (id integer); INSERT INTO no_such_table VALUES (1);',
    }
    await expect(
      openPostgresStore({ connectionString: url, migrations: [...postgresMigrations, broken] }),
    ).rejects.toThrow(`Migration ${broken.version} (broken) failed, nothing of it was applied`)
    const half = await queryServer(
      serverUrl,
      `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'half'`,
      [schema],
    )
    expect(half).toEqual([])
    expect(await queryServer(url, 'SELECT max(version) AS v FROM schema_migrations')).toEqual([
      { v: postgresMigrations.length },
    ])
  })

  it('refuses a database from a newer server', async () => {
    const { url } = await freshSchemaUrl(serverUrl)
    const future: PostgresMigration = {
      version: postgresMigrations.length + 1,
      name: 'future',
      sql: 'SELECT 1',
    }
    await (
      await openPostgresStore({
        connectionString: url,
        migrations: [...postgresMigrations, future],
      })
    ).close()
    await expect(openPostgresStore({ connectionString: url })).rejects.toThrow(
      `schema version ${future.version}, newer than this server knows`,
    )
  })

  it('gives a clear error without the password when it cannot connect', async () => {
    const url = 'postgres://harbour:sEcReT-pw@127.0.0.1:1/harbour'
    const opening = openPostgresStore({ connectionString: url })
    await expect(opening).rejects.toThrow(StoreError)
    await expect(openPostgresStore({ connectionString: url })).rejects.toThrow(
      /^Cannot open the PostgreSQL database at 127\.0\.0\.1:1\/harbour: .*ECONNREFUSED/,
    )
    await expect(openPostgresStore({ connectionString: url })).rejects.not.toThrow(/sEcReT/)
  })

  it('fails ping once closed, and closes twice without error', async () => {
    const { url } = await freshSchemaUrl(serverUrl)
    const store = await openPostgresStore({ connectionString: url })
    await store.close()
    await expect(store.close()).resolves.toBeUndefined()
    await expect(store.ping()).rejects.toThrow()
  })

  it('names the database without its password', () => {
    expect(describeDatabase('postgres://u:pw@db.example:5433/harbour?sslmode=require')).toBe(
      'db.example:5433/harbour',
    )
    expect(describeDatabase('not a url')).toBe('the database named by DATABASE_URL')
  })
})

describeStoreContract('PostgreSQL', async () => {
  const { url } = await freshSchemaUrl(serverUrl)
  let store: Store = await openPostgresStore({ connectionString: url })
  return {
    store,
    async reopen() {
      await store.close()
      store = await openPostgresStore({ connectionString: url })
      return store
    },
    cleanup: () => store.close(),
  }
})
