// Queries on users, sessions, one-time tokens and sign-in attempts.
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { UsersTable } from '../db/schema.ts';

export type UserRow = Selectable<UsersTable>;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('name').execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Db, values: Omit<UserRow, 'id'>): Promise<number> {
  return (await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/**
 * Counts the administrators and, inside a transaction, holds their rows until it ends (a no-op
 * update takes the row locks), so two administrators demoting each other at once cannot both
 * see the other as the one who remains.
 */
export async function lockAdministrators(db: Db): Promise<number> {
  const result = await db.updateTable('users').set((eb) => ({ role: eb.ref('role') })).where('role', '=', 'administrator').executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function updateUserRow(db: Db, id: number, values: Partial<Omit<UserRow, 'id'>>): Promise<void> {
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function insertSession(db: Db, values: { id: string; user_id: number; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto('sessions').values(values).execute();
}

export async function findSessionUser(db: Db, sessionId: string, now: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

/** The user of a session that existed, live or expired (a form posted just after it ended). */
export async function findSessionOwner(db: Db, sessionId: string): Promise<number | undefined> {
  return (await db.selectFrom('sessions').select('user_id').where('id', '=', sessionId).executeTakeFirst())?.user_id;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOf(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function insertAuthToken(db: Db, values: { id: string; user_id: number; purpose: 'setup' | 'reset'; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto('auth_tokens').values({ ...values, used_at: null }).execute();
}

/** Marks a live token used and returns its user id; undefined if it was unknown, used or expired. */
export async function consumeAuthToken(db: Db, id: string, now: string): Promise<number | undefined> {
  const row = await db.selectFrom('auth_tokens').select('user_id').where('id', '=', id).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
  if (!row) return undefined;
  const result = await db.updateTable('auth_tokens').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? row.user_id : undefined;
}

export async function findLiveAuthToken(db: Db, id: string, now: string): Promise<{ user_id: number; purpose: string } | undefined> {
  return db.selectFrom('auth_tokens').select(['user_id', 'purpose']).where('id', '=', id).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
}

export async function recordAttempt(db: Db, key: string, at: string): Promise<number> {
  return (await db.insertInto('login_attempts').values({ key, at }).returning('id').executeTakeFirstOrThrow()).id;
}

/** The newest attempts under a key since a time, newest first, leaving out one attempt (the caller's own). */
export async function listAttemptTimes(db: Db, key: string, since: string, limit: number, except: number): Promise<string[]> {
  const rows = await db.selectFrom('login_attempts').select('at').where('key', '=', key).where('at', '>', since).where('id', '!=', except).orderBy('at', 'desc').limit(limit).execute();
  return rows.map((row) => row.at);
}

export async function deleteAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

export async function deleteAttempt(db: Db, id: number): Promise<void> {
  await db.deleteFrom('login_attempts').where('id', '=', id).execute();
}

/** Takes the account's next sign-in slot if it is free (a conditional update: one caller wins). */
export async function claimSignInSlot(db: Db, userId: number, now: string, nextAt: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ locked_until: nextAt })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countAttemptsSince(db: Db, key: string, since: string): Promise<number> {
  const row = await db.selectFrom('login_attempts').select((eb) => eb.fn.countAll().as('n')).where('key', '=', key).where('at', '>', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteAttemptsBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', before).execute();
}
