// Uploaded images: `media` (one row an upload, with alt text, caption, credit and the original's
// size) and `media_variants` (one row a stored file). Variants are a table, not a JSON column, so
// each file's storage key is unique in the database and a cleanup job can find files by key.
// Frozen in time: takes Kysely<any> and imports no application code.
import { type Kysely, type CreateTableBuilder, PostgresAdapter, sql } from 'kysely';

function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean) {
  return postgres
    ? table.addColumn('id', 'serial', (col) => col.primaryKey())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await withId(db.schema.createTable('media'), postgres)
    .addColumn('original_filename', 'text', (col) => col.notNull())
    .addColumn('original_format', 'text', (col) => col.notNull())
    .addColumn('original_bytes', 'integer', (col) => col.notNull())
    .addColumn('width', 'integer', (col) => col.notNull())
    .addColumn('height', 'integer', (col) => col.notNull())
    .addColumn('alt', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('caption', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('credit', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('uploaded_by', 'integer') // a user id; no foreign key yet
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('media_created_idx').on('media').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('media_variants')
    .addColumn('media_id', 'integer', (col) => col.notNull().references('media.id').onDelete('cascade'))
    .addColumn('width', 'integer', (col) => col.notNull())
    .addColumn('height', 'integer', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull().check(sql`format in ('webp', 'avif', 'jpeg', 'png')`))
    .addColumn('storage_key', 'text', (col) => col.notNull().unique())
    .addColumn('bytes', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('media_variants_pk', ['media_id', 'width', 'format'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_variants').execute();
  await db.schema.dropTable('media').execute();
}
