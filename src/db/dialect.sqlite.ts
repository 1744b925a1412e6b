// SQLite through better-sqlite3: one file, WAL journal (readers never wait for the writer),
// foreign keys enforced, and a busy timeout so a second process (the CLI beside a running
// server) waits for the lock instead of failing. Prepared statements are kept and reused by
// their SQL text (Kysely prepares on every query; a page view runs the same few each time);
// SQLite re-prepares a kept statement by itself after a schema change.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

export function createSqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  keepPreparedStatements(database, 500);
  return new SqliteDialect({ database });
}

function keepPreparedStatements(database: SQLite.Database, most: number): void {
  const prepare = database.prepare.bind(database);
  const kept = new Map<string, SQLite.Statement>();
  database.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      kept.delete(source); // most recently used last
    } else {
      statement = prepare(source);
      if (kept.size >= most) kept.delete(kept.keys().next().value!);
    }
    kept.set(source, statement);
    return statement;
  }) as typeof database.prepare;
}
