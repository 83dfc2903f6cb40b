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
  {
    version: 2,
    name: 'sync',
    // Accounts are found by their public id but joined on a small integer key, so each op row
    // does not repeat a 43-character id. Pruned ops keep their id and number (iv and ct become
    // NULL), so an op sent again after its account was snapshotted is still recognised.
    sql: `
      CREATE TABLE accounts (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        token_hash BLOB NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0,
        pruned_through INTEGER NOT NULL DEFAULT 0,
        used_bytes INTEGER NOT NULL DEFAULT 0,
        created_day TEXT NOT NULL,
        last_used_day TEXT NOT NULL
      ) STRICT;
      CREATE INDEX accounts_last_used_day ON accounts (last_used_day);

      CREATE TABLE ops (
        account_key INTEGER NOT NULL REFERENCES accounts (key) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        op_id TEXT NOT NULL,
        iv BLOB,
        ct BLOB,
        size INTEGER NOT NULL,
        arrived_day TEXT NOT NULL,
        PRIMARY KEY (account_key, seq),
        UNIQUE (account_key, op_id)
      ) STRICT;

      CREATE TABLE snapshots (
        account_key INTEGER PRIMARY KEY REFERENCES accounts (key) ON DELETE CASCADE,
        upto_seq INTEGER NOT NULL,
        iv BLOB NOT NULL,
        ct BLOB NOT NULL
      ) STRICT;

      CREATE TABLE deleted_accounts (
        id TEXT PRIMARY KEY,
        token_hash BLOB NOT NULL,
        deleted_day TEXT NOT NULL
      ) STRICT;
      CREATE INDEX deleted_accounts_deleted_day ON deleted_accounts (deleted_day);
    `,
  },
]
