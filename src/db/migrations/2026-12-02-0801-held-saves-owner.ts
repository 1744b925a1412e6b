// A held save (a form that arrived after its writer's session ended) belongs to that writer's
// account: held only for a session that existed, applied only for its user, limited in number
// per account and expired by a job. Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Rows from before knew no owner: nobody can claim them safely.
  await db.deleteFrom('pending_saves').execute();
  await db.schema.alterTable('pending_saves').addColumn('user_id', 'integer').execute();
  await db.schema.createIndex('pending_saves_user_idx').on('pending_saves').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('pending_saves_created_idx').on('pending_saves').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('pending_saves_created_idx').execute();
  await db.schema.dropIndex('pending_saves_user_idx').execute();
  await db.schema.alterTable('pending_saves').dropColumn('user_id').execute();
}
