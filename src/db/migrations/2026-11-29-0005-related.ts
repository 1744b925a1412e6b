// Related articles: each published article's term vector (its heaviest terms, the inverted
// index), document frequencies, the stored top-10 lists and editors' pins and exclusions.
// The index tables have no foreign key on purpose: after an article is deleted its terms must
// still be readable, to take them out of the document frequencies. Frozen: Kysely<any>, no app imports.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const float = db.getExecutor().adapter instanceof PostgresAdapter ? 'double precision' : 'real';

  await db.schema
    .createTable('related_documents')
    .addColumn('article_id', 'integer', (col) => col.primaryKey())
    .addColumn('published_at', 'text', (col) => col.notNull())
    .addColumn('terms', 'text', (col) => col.notNull()) // JSON array of every distinct term, for document frequencies
    .execute();
  // Small beside the table's wide rows: SQLite counts the documents through it.
  await db.schema.createIndex('related_documents_published_idx').on('related_documents').column('published_at').execute();

  await db.schema
    .createTable('related_terms')
    .addColumn('article_id', 'integer', (col) => col.notNull())
    .addColumn('term', 'text', (col) => col.notNull())
    .addColumn('tf', float, (col) => col.notNull()) // sublinear, field-weighted term frequency
    .addColumn('weight', float, (col) => col.notNull()) // tf × idf when indexed, the stored vector at unit length
    .addPrimaryKeyConstraint('related_terms_pk', ['article_id', 'term'])
    .execute();
  await db.schema.createIndex('related_terms_term_idx').on('related_terms').columns(['term', 'weight']).execute();

  await db.schema
    .createTable('related_term_stats')
    .addColumn('term', 'text', (col) => col.primaryKey())
    .addColumn('df', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('related_articles')
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'integer', (col) => col.notNull()) // no foreign key: see the header
    .addColumn('score', float, (col) => col.notNull())
    .addColumn('rank', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('related_articles_pk', ['article_id', 'related_id'])
    .execute();
  await db.schema.createIndex('related_articles_related_idx').on('related_articles').column('related_id').execute();

  await db.schema
    .createTable('related_pins')
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('pin', 'exclude')`))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('related_pins_pk', ['article_id', 'related_id'])
    .execute();
  await db.schema.createIndex('related_pins_related_idx').on('related_pins').column('related_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['related_pins', 'related_articles', 'related_term_stats', 'related_terms', 'related_documents']) {
    await db.schema.dropTable(table).execute();
  }
}
