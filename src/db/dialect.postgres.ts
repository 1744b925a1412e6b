// PostgreSQL through node-postgres. A pool per app instance; several instances behind a load
// balancer share the one database. `searchPath` lets tests give each app its own schema.
import pg from 'pg';
import { PostgresDialect } from 'kysely';

export interface PostgresOptions {
  connectionString: string;
  searchPath?: string;
  maxConnections?: number;
}

export function createPostgresDialect(options: PostgresOptions): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}
