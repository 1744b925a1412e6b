// A transaction that no other process on the database runs at the same time as another of the
// same name: a check and the write it allows (flood control's "has this address posted in the
// last 15 s?" and the comment's insert) become one step across workers and instances.
// PostgreSQL: pg_advisory_xact_lock on (hash of the schema, hash of the name), the two-key form,
// so it never meets cluster-lock.postgres.ts's one-key locks; released at commit or rollback.
// SQLite: BEGIN IMMEDIATE, which takes the file's write lock before the first read, so every
// writer waits (busy_timeout) and the check sees all that was committed. Keep such a
// transaction to a few statements: on SQLite it holds the process's one connection and the
// file's write lock. SQLite's busy wait blocks the thread, so this process's own callers first
// queue in memory: two connections of one process (two app contexts in a test) never wait for
// each other inside SQLite, where neither could move.
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database.ts';
import { insideGuardedTransaction } from './transaction-guard.ts';

let sqliteQueue: Promise<unknown> = Promise.resolve();

export async function serializedTransaction<T>(db: Db, name: string, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema()), hashtext(${name}))`.execute(trx);
      return work(trx);
    });
  }
  const run = () =>
    db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        const value = await insideGuardedTransaction(() => work(connection));
        await sql`commit`.execute(connection);
        return value;
      } catch (error) {
        await sql`rollback`.execute(connection).catch(() => {});
        throw error;
      }
    });
  const result = sqliteQueue.then(run, run);
  sqliteQueue = result.catch(() => {});
  return result;
}
