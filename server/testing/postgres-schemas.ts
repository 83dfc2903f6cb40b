import { randomBytes } from 'node:crypto'
import pg from 'pg'

/**
 * A new, empty schema in the test PostgreSQL, and a URL whose connections use it: each test gets
 * a database of its own for the price of one statement.
 */
export async function freshSchemaUrl(serverUrl: string): Promise<{ url: string; schema: string }> {
  const schema = `test_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`CREATE SCHEMA ${schema}`)
  } finally {
    await client.end()
  }
  const url = new URL(serverUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return { url: url.toString(), schema }
}

/** Runs one query against the test server as its superuser (for tests that inspect tables). */
export async function queryServer<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}
