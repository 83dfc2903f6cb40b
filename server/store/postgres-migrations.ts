/**
 * The PostgreSQL schema, one step per entry, the same shape as the SQLite one. Append only: a
 * released migration is never edited or removed.
 */
export interface PostgresMigration {
  /** 1, 2, 3, … in order, without gaps. */
  version: number
  name: string
  sql: string
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'server-info',
    sql: `
      CREATE TABLE server_info (
        id integer PRIMARY KEY CHECK (id = 1),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO server_info (id) VALUES (1);
    `,
  },
  {
    version: 2,
    name: 'sync',
    // As in SQLite: a small integer key for joins; pruned ops keep their id and number.
    // Sequence numbers come from accounts.last_seq under the account row's lock, never from a
    // sequence object, whose values can commit out of order.
    sql: `
      CREATE TABLE accounts (
        key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        token_hash bytea NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        pruned_through bigint NOT NULL DEFAULT 0,
        used_bytes bigint NOT NULL DEFAULT 0,
        created_day date NOT NULL,
        last_used_day date NOT NULL
      );
      CREATE INDEX accounts_last_used_day ON accounts (last_used_day);

      CREATE TABLE ops (
        account_key bigint NOT NULL REFERENCES accounts (key) ON DELETE CASCADE,
        seq bigint NOT NULL,
        op_id text NOT NULL,
        iv bytea,
        ct bytea,
        size integer NOT NULL,
        arrived_day date NOT NULL,
        PRIMARY KEY (account_key, seq),
        UNIQUE (account_key, op_id)
      );

      CREATE TABLE snapshots (
        account_key bigint PRIMARY KEY REFERENCES accounts (key) ON DELETE CASCADE,
        upto_seq bigint NOT NULL,
        iv bytea NOT NULL,
        ct bytea NOT NULL
      );

      CREATE TABLE deleted_accounts (
        id text PRIMARY KEY,
        token_hash bytea NOT NULL,
        deleted_day date NOT NULL
      );
      CREATE INDEX deleted_accounts_deleted_day ON deleted_accounts (deleted_day);

      -- Appending a batch in one round trip. The ids given are distinct (the server removes
      -- repeats first). Each statement after the lock sees what the previous holder committed.
      CREATE FUNCTION append_ops(
        p_account text, p_ids text[], p_ivs bytea[], p_cts bytea[], p_day date, p_max_bytes bigint,
        OUT o_status text, OUT o_used bigint, OUT o_incoming bigint,
        OUT o_ids text[], OUT o_seqs bigint[]
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        v_key bigint;
        v_last bigint;
        v_count bigint;
      BEGIN
        SELECT a.key, a.last_seq, a.used_bytes INTO v_key, v_last, o_used
          FROM accounts a WHERE a.id = p_account FOR UPDATE;
        IF NOT FOUND THEN
          o_status := 'no-account';
          RETURN;
        END IF;
        SELECT count(*), coalesce(sum(length(g.ct)), 0) INTO v_count, o_incoming
          FROM unnest(p_ids, p_cts) AS g(op_id, ct)
         WHERE NOT EXISTS (SELECT 1 FROM ops o WHERE o.account_key = v_key AND o.op_id = g.op_id);
        IF v_count > 0 AND o_used + o_incoming > p_max_bytes THEN
          o_status := 'full';
          RETURN;
        END IF;
        IF v_count > 0 THEN
          INSERT INTO ops (account_key, seq, op_id, iv, ct, size, arrived_day)
          SELECT v_key, v_last + row_number() OVER (ORDER BY g.n), g.op_id, g.iv, g.ct,
                 length(g.ct), p_day
            FROM unnest(p_ids, p_ivs, p_cts) WITH ORDINALITY AS g(op_id, iv, ct, n)
           WHERE NOT EXISTS (SELECT 1 FROM ops o WHERE o.account_key = v_key AND o.op_id = g.op_id);
          UPDATE accounts a SET last_seq = v_last + v_count, used_bytes = a.used_bytes + o_incoming
           WHERE a.key = v_key;
        END IF;
        SELECT array_agg(o.op_id), array_agg(o.seq) INTO o_ids, o_seqs
          FROM ops o WHERE o.account_key = v_key AND o.op_id = ANY (p_ids);
        o_status := 'stored';
      END
      $fn$;
    `,
  },
]
