// Queries on people. One query per function; each takes the db or a transaction.
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { PeopleTable } from '../db/schema.ts';
import type { Person, PersonRecord } from './person.ts';

type Row = Selectable<PeopleTable>;

const publicColumns = ['id', 'slug', 'name', 'role_title', 'location', 'bio', 'avatar_url', 'links'] as const;

export function toPerson(row: Omit<Row, 'email' | 'created_at' | 'updated_at'>): Person {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    roleTitle: row.role_title,
    location: row.location,
    bio: row.bio,
    avatarUrl: row.avatar_url,
    links: JSON.parse(row.links) as Person['links'],
  };
}

export async function findPersonBySlug(db: Db, slug: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').select(publicColumns).where('slug', '=', slug).executeTakeFirst();
  return row && toPerson(row);
}

export async function findPersonById(db: Db, id: number): Promise<Person | undefined> {
  const row = await db.selectFrom('people').select(publicColumns).where('id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

export async function findPersonRecord(db: Db, id: number): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toPerson(row), email: row.email };
}

export async function listPeopleByIds(db: Db, ids: number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('people').select(publicColumns).where('id', 'in', ids).execute();
  return rows.map(toPerson);
}

export async function listAllPeople(db: Db): Promise<Person[]> {
  const rows = await db.selectFrom('people').select(publicColumns).orderBy('name').execute();
  return rows.map(toPerson);
}

export async function insertPerson(db: Db, values: Omit<Row, 'id'>): Promise<number> {
  const row = await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePersonRow(db: Db, id: number, values: Partial<Omit<Row, 'id' | 'created_at'>>): Promise<void> {
  await db.updateTable('people').set(values).where('id', '=', id).execute();
}

export async function slugTaken(db: Db, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('people').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
