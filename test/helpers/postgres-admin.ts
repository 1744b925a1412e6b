// Tests that need whole PostgreSQL databases of their own (backup/restore, crash runs): the
// server named by TEST_DATABASE_URL, a statement run on it, and the URL of a sibling database.
import pg from 'pg';

export const postgresBase = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

/** A database name unique to this run, beside the test database. */
export const uniqueDatabaseName = (tag: string) => `${postgresBase.pathname.slice(1)}_${tag}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

export const databaseUrl = (name: string) => Object.assign(new URL(postgresBase.href), { pathname: `/${name}` }).href;

/** Runs one statement (create or drop database, say) on the test database's server. */
export async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresBase.href });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
