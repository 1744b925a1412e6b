// Corrections and updates readers see (article_notes, each tied to the article version that
// carried it) and the copy desk's overrides (who published over which errors, and why).
// Frozen in time: Kysely<any>, no application imports.
import { type Kysely, type CreateTableBuilder, PostgresAdapter, sql } from 'kysely';

function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean) {
  return postgres ? table.addColumn('id', 'serial', (col) => col.primaryKey()) : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await withId(db.schema.createTable('article_notes'), postgres)
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('correction', 'update')`))
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('article_notes_article_idx').on('article_notes').columns(['article_id', 'created_at']).execute();
  await db.schema.createIndex('article_notes_kind_idx').on('article_notes').columns(['kind', 'created_at']).execute();

  await withId(db.schema.createTable('copydesk_overrides'), postgres)
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('findings', 'text', (col) => col.notNull()) // JSON: the errors published over
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('copydesk_overrides_article_idx').on('copydesk_overrides').column('article_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('copydesk_overrides').execute();
  await db.schema.dropTable('article_notes').execute();
}
