// The curated home front: editors pin a lead story and featured stories, each for an optional
// window of time; the rest of the front fills by recency. Frozen in time: Kysely<any>, no application imports.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const table = db.schema.createTable('front_slots');
  await (postgres ? table.addColumn('id', 'serial', (col) => col.primaryKey()) : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement()))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('lead', 'featured')`))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('starts_at', 'text')
    .addColumn('ends_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('front_slots').execute();
}
