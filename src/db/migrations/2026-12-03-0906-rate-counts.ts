// Counters that every process of a site shares (the search rate limit, db/rate-counter.ts): one
// row per (scope, client) with the start of its current window and the hits in it. On
// PostgreSQL the table is UNLOGGED: a count written is never waited for on disk (no WAL, no
// fsync at commit), and after a crash the table comes back empty, which a rate limit can afford.
// On SQLite it is WITHOUT ROWID: the primary key is the table, so a hit writes one B-tree, not two.
// Frozen in time: Kysely<any>, no application imports.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let table = db.schema.createTable('rate_counts');
  if (postgres) table = table.modifyFront(sql`unlogged`);
  await table
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('client', 'text', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('rate_counts_pk', ['scope', 'client'])
    .$call((builder) => (postgres ? builder : builder.modifyEnd(sql`without rowid`)))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_counts').execute();
}
