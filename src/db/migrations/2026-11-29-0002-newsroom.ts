// The newsroom: users with roles, database-stored sessions (so several app instances share
// them), one-time tokens for setting a password, sign-in attempts for rate limiting, article
// versions for optimistic concurrency, revisions, and saves held while someone signs in again.
// Frozen in time: takes Kysely<any> and imports no application code.
import { type Kysely, type CreateTableBuilder, PostgresAdapter, sql } from 'kysely';

function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean) {
  return postgres
    ? table.addColumn('id', 'serial', (col) => col.primaryKey())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await withId(db.schema.createTable('users'), postgres)
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('administrator', 'editor', 'author', 'contributor')`))
    .addColumn('person_id', 'integer', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('password_hash', 'text')
    .addColumn('failed_logins', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey()) // sha256 of the cookie's token
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('auth_tokens')
    .addColumn('id', 'text', (col) => col.primaryKey()) // sha256 of the token in the link
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await withId(db.schema.createTable('login_attempts'), postgres)
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_key_idx').on('login_attempts').columns(['key', 'at']).execute();

  await db.schema.alterTable('articles').addColumn('version', 'integer', (col) => col.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('articles').addColumn('created_by', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('submitted_at', 'text').execute();

  await withId(db.schema.createTable('article_revisions'), postgres)
    .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('changed_fields', 'text', (col) => col.notNull())
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('article_revisions_article_idx').on('article_revisions').columns(['article_id', 'version']).execute();

  await db.schema
    .createTable('pending_saves')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('article_id', 'integer')
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['pending_saves', 'article_revisions', 'login_attempts', 'auth_tokens', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of ['submitted_at', 'created_by', 'version']) {
    await db.schema.alterTable('articles').dropColumn(column).execute();
  }
}
