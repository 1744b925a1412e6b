// "Run this job on one process of the cluster at a time": scheduled publishing and retention
// must not run on every instance at once. PostgreSQL: a session advisory lock, held for the
// job's run on a connection of its own (cluster-lock.postgres.ts). SQLite: a lease row that the
// holder renews each run and another process takes over once it expires (cluster-lock.sqlite.ts).
import { PostgresAdapter } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Db } from './database.ts';
import { postgresLock } from './cluster-lock.postgres.ts';
import { sqliteLease } from './cluster-lock.sqlite.ts';

export interface ClusterLock {
  /** Runs `job` if no other process holds `name`; undefined when another did. */
  runExclusive<T>(name: string, job: () => Promise<T>): Promise<{ value: T } | undefined>;
}

export function createClusterLock(db: Db, options: { clock: Clock; holder: string; leaseMs: number }): ClusterLock {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresLock(db) : sqliteLease(db, options);
}
