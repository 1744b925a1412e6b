// The cluster lock on PostgreSQL: pg_try_advisory_lock on one pooled connection for the length
// of the job, released on the same connection. The key is a hash of the schema and the job's
// name, so sites (or test schemas) sharing a database never block each other.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { ClusterLock } from './cluster-lock.ts';
import type { Db } from './database.ts';

export function postgresLock(db: Db): ClusterLock {
  let schema: Promise<string> | undefined;
  const keyOf = async (name: string) => {
    schema ??= sql<{ schema: string }>`select current_schema() as schema`.execute(db).then(({ rows }) => rows[0]?.schema ?? 'public');
    return createHash('sha256').update(`${await schema}:${name}`).digest().readBigInt64BE(0).toString();
  };
  return {
    async runExclusive(name, job) {
      const key = await keyOf(name);
      return db.connection().execute(async (connection) => {
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}::bigint) as locked`.execute(connection);
        if (!rows[0]?.locked) return undefined;
        try {
          return { value: await job() };
        } finally {
          await sql`select pg_advisory_unlock(${key}::bigint)`.execute(connection);
        }
      });
    },
  };
}
