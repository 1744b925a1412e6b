// Pages (About, Contact, Corrections policy…: standing text with its own address, no dateline)
// and the site's menus (header and footer), each an ordered list of sections, pages or links.
// Frozen in time: Kysely<any>, no application imports.
import { type Kysely, type CreateTableBuilder, PostgresAdapter, sql } from 'kysely';

function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean) {
  return postgres ? table.addColumn('id', 'serial', (col) => col.primaryKey()) : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await withId(db.schema.createTable('pages'), postgres)
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body_markdown', 'text', (col) => col.notNull())
    .addColumn('body_html', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await withId(db.schema.createTable('menu_items'), postgres)
    .addColumn('menu', 'text', (col) => col.notNull().check(sql`menu in ('header', 'footer')`))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('section', 'page', 'link')`))
    // A section's or page's id (no foreign key: either table); null for a link.
    .addColumn('target_id', 'integer')
    .addColumn('label', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('url', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('menu_items_menu_idx').on('menu_items').columns(['menu', 'position']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('menu_items').execute();
  await db.schema.dropTable('pages').execute();
}
