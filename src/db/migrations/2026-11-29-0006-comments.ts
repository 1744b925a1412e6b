// Reader comments: threads, moderation statuses with their reasons, and the private fields
// (email, address, user agent) kept for moderation only. Also the learning spam filter's token
// counts, shared by every app instance. Frozen in time: Kysely<any>, no application imports.
import { type Kysely, type CreateTableBuilder, PostgresAdapter, sql } from 'kysely';

function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean) {
  return postgres
    ? table.addColumn('id', 'serial', (col) => col.primaryKey())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await withId(db.schema.createTable('comments'), postgres)
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer')
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'approved', 'spam', 'trash')`))
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('author_email', 'text', (col) => col.notNull())
    .addColumn('author_url', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('staff_user_id', 'integer')
    .addColumn('reasons', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('spam_score', 'real')
    .addColumn('learned_as', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('status_changed_at', 'text', (col) => col.notNull())
    .addColumn('edited_at', 'text')
    .execute();
  await db.schema.createIndex('comments_article_idx').on('comments').columns(['article_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('comments_email_idx').on('comments').columns(['author_email', 'status']).execute();
  await db.schema.createIndex('comments_ip_idx').on('comments').columns(['ip', 'created_at']).execute();
  await db.schema.createIndex('comments_status_idx').on('comments').columns(['status', 'status_changed_at']).execute();

  await db.schema
    .createTable('spam_tokens')
    .addColumn('token', 'text', (col) => col.primaryKey())
    .addColumn('spam', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('ham', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('spam_totals')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('spam_docs', 'integer', (col) => col.notNull())
    .addColumn('ham_docs', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['spam_totals', 'spam_tokens', 'comments']) await db.schema.dropTable(table).execute();
}
