// Leases that let one process of several run a background job (scheduled publishing,
// retention) at a time: the row names the job, who holds it and until when. SQLite uses it;
// PostgreSQL takes an advisory lock instead, but the table is the same on both. Frozen: Kysely<any>.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('holder', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
}
