/**
 * The SQLite schema, one step per entry. Append only: a released migration is never edited or
 * removed, because databases in the field have already recorded it as applied.
 */
export interface SqliteMigration {
  /** 1, 2, 3, … in order, without gaps. */
  version: number
  name: string
  sql: string
}

export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'server-info',
    sql: `
      CREATE TABLE server_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO server_info (id, created_at)
        VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `,
  },
]
