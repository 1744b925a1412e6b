// The first schema: settings, people, sections, tags, articles and their joins, redirects.
// Frozen in time: takes Kysely<any> and imports no application code. The only dialect
// difference here is how an auto-incrementing key is declared.
import { type Kysely, type CreateTableBuilder, PostgresAdapter, sql } from 'kysely';

function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean) {
  return postgres
    ? table.addColumn('id', 'serial', (col) => col.primaryKey())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();

  await withId(db.schema.createTable('people'), postgres)
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role_title', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('location', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('bio', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('avatar_url', 'text')
    .addColumn('links', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await withId(db.schema.createTable('sections'), postgres)
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await withId(db.schema.createTable('tags'), postgres)
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();

  await withId(db.schema.createTable('articles'), postgres)
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('section_id', 'integer', (col) => col.notNull().references('sections.id'))
    .addColumn('headline', 'text', (col) => col.notNull())
    .addColumn('standfirst', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('dateline', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body_markdown', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body_break', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('draft', 'scheduled', 'published')`))
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('modified_at', 'text', (col) => col.notNull())
    .addColumn('featured_image_url', 'text')
    .addColumn('featured_image_alt', 'text')
    .addColumn('featured_image_caption', 'text')
    .addColumn('featured_image_credit', 'text')
    .addColumn('featured_image_width', 'integer')
    .addColumn('featured_image_height', 'integer')
    .addColumn('comments_open', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    .execute();
  await db.schema.createIndex('articles_status_published_idx').on('articles').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('articles_section_idx').on('articles').columns(['section_id', 'status', 'published_at']).execute();

  await db.schema
    .createTable('article_authors')
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (col) => col.notNull().references('people.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'person_id'])
    .execute();
  await db.schema.createIndex('article_authors_person_idx').on('article_authors').column('person_id').execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (col) => col.notNull().references('tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag_idx').on('article_tags').column('tag_id').execute();

  await db.schema
    .createTable('redirects')
    .addColumn('from_path', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('target_id', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['redirects', 'article_tags', 'article_authors', 'articles', 'tags', 'sections', 'people', 'settings']) {
    await db.schema.dropTable(table).execute();
  }
}
