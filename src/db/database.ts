// Opens the database a config names and proves it answers. Everything above db/ sees only
// Kysely<Database>; which dialect sits underneath is decided here and nowhere else.
import { Kysely, sql } from 'kysely';
import type { DatabaseConfig } from '../config/config.ts';
import { describeDatabase } from '../config/config.ts';
import { AppError } from '../errors.ts';
import type { Database } from './schema.ts';
import { guardDialect, guardTransactions } from './transaction-guard.ts';

export type Db = Kysely<Database>;

export interface OpenDatabaseOptions {
  /** PostgreSQL only: the schema to use (tests give each app its own). */
  searchPath?: string;
  /** Told every statement run (query-plan checks and statement counts in tests and benches). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<Db> {
  let db: Db;
  try {
    // Only the driver in use is loaded: a SQLite site never loads pg, nor PostgreSQL better-sqlite3.
    const dialect =
      config.dialect === 'sqlite'
        ? (await import('./dialect.sqlite.ts')).createSqliteDialect(config.file)
        : (await import('./dialect.postgres.ts')).createPostgresDialect({ connectionString: config.connectionString, ...(options.searchPath ? { searchPath: options.searchPath } : {}) });
    const { onQuery } = options;
    db = guardTransactions(new Kysely<Database>({ dialect: guardDialect(dialect), ...(onQuery && { log: (event) => void (event.level === 'query' && onQuery(event.query.sql, event.query.parameters)) }) }));
  } catch (error) {
    throw unreachable(config, error);
  }
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw unreachable(config, error);
  }
  return db;
}


function unreachable(config: DatabaseConfig, error: unknown): AppError {
  const reason = (error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? String(error);
  const hint =
    config.dialect === 'postgres'
      ? 'Check that PostgreSQL is running and that DATABASE_URL names the right host, port, user and database.'
      : 'Check that the directory exists and is writable, or set DATABASE_URL or BYLINE_DATA_DIR.';
  return new AppError('DATABASE_UNREACHABLE', `Cannot open the database (${describeDatabase(config)}): ${reason}. ${hint}`, { cause: error });
}
