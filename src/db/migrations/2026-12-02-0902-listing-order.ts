// Lists at archive scale: a tag's or a writer's stories are read newest first straight from an
// index, never sorted at page-view time. article_tags and article_authors carry the article's
// publication time while it is published (null otherwise), indexed after the tag or person.
// PostgreSQL also gets the article id in the list indexes, so ties sort from the index too
// (SQLite's indexes already end with the rowid), and bylines are read in order. Frozen: Kysely<any>, no application imports.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [table, column] of [['article_tags', 'tag_id'], ['article_authors', 'person_id']] as const) {
    await db.schema.alterTable(table).addColumn('published_at', 'text').execute();
    await sql`update ${sql.table(table)} set published_at = (select case when a.status = 'published' then a.published_at end from articles a where a.id = ${sql.ref(`${table}.article_id`)})`.execute(db);
    await db.schema.createIndex(`${table}_listing_idx`).on(table).columns([column, 'published_at', 'article_id']).execute();
  }
  await db.schema.createIndex('article_authors_order_idx').on('article_authors').columns(['article_id', 'position']).execute();
  if (postgres) {
    await db.schema.createIndex('articles_published_keyset_idx').on('articles').columns(['status', 'published_at', 'id']).execute();
    await db.schema.createIndex('articles_section_keyset_idx').on('articles').columns(['section_id', 'status', 'published_at', 'id']).execute();
    await db.schema.createIndex('comments_thread_idx').on('comments').columns(['article_id', 'status', 'created_at', 'id']).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) for (const index of ['articles_published_keyset_idx', 'articles_section_keyset_idx', 'comments_thread_idx']) await db.schema.dropIndex(index).execute();
  await db.schema.dropIndex('article_authors_order_idx').execute();
  for (const table of ['article_tags', 'article_authors']) {
    await db.schema.dropIndex(`${table}_listing_idx`).execute();
    await db.schema.alterTable(table).dropColumn('published_at').execute();
  }
}
