import { readFile } from 'node:fs/promises'
import { expect } from 'vitest'
import { queryServer } from './postgres-schemas.ts'
import type { TestServer } from './sync-stores.ts'

/** Everything the store holds for the test, as bytes an attacker with the disk would see. */
export async function storedBytes(server: TestServer, postgresUrl: string): Promise<Buffer> {
  const { database } = server
  if (database.kind === 'sqlite') {
    const parts = await Promise.all(
      ['', '-wal', '-shm'].map((suffix) =>
        readFile(`${database.location}${suffix}`).catch(() => Buffer.alloc(0)),
      ),
    )
    return Buffer.concat(parts)
  }
  const tables = await queryServer<{ table_name: string }>(
    postgresUrl,
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
    [database.schema],
  )
  expect(tables.length).toBeGreaterThanOrEqual(5)
  const dumps = await Promise.all(
    tables.map(({ table_name }) =>
      queryServer<{ row: string }>(
        postgresUrl,
        `SELECT t::text AS row FROM ${database.schema}.${table_name} t`,
      ),
    ),
  )
  return Buffer.from(
    dumps
      .flat()
      .map((entry) => entry.row)
      .join('\n'),
  )
}
