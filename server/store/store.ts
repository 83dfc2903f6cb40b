/**
 * What the server needs from persistent storage. One implementation per database (SQLite by
 * default, PostgreSQL when DATABASE_URL is set); the sync API will add its operations here so the
 * same contract tests can run against both.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>
  /** Releases the connection. Safe to call more than once. */
  close(): Promise<void>
}

/** A store that could not be opened, with a message meant for the person running the server. */
export class StoreError extends Error {
  override name = 'StoreError'
}
