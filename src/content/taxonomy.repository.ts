// Queries on sections and tags: the two ways articles are grouped.
import type { Db } from '../db/database.ts';
import type { SectionRef, TagRef } from './article.ts';

export interface Section extends SectionRef {
  description: string;
  position: number;
}

export async function listSections(db: Db): Promise<Section[]> {
  return db.selectFrom('sections').select(['id', 'slug', 'name', 'description', 'position']).orderBy('position').orderBy('id').execute();
}

export async function findSectionBySlug(db: Db, slug: string): Promise<Section | undefined> {
  return db.selectFrom('sections').select(['id', 'slug', 'name', 'description', 'position']).where('slug', '=', slug).executeTakeFirst();
}

export async function findSectionById(db: Db, id: number): Promise<Section | undefined> {
  return db.selectFrom('sections').select(['id', 'slug', 'name', 'description', 'position']).where('id', '=', id).executeTakeFirst();
}

export async function insertSection(db: Db, values: Omit<Section, 'id'>): Promise<number> {
  return (await db.insertInto('sections').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSectionRow(db: Db, id: number, values: Partial<Omit<Section, 'id'>>): Promise<void> {
  await db.updateTable('sections').set(values).where('id', '=', id).execute();
}

export async function findTagBySlug(db: Db, slug: string): Promise<TagRef | undefined> {
  return db.selectFrom('tags').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function findTagById(db: Db, id: number): Promise<TagRef | undefined> {
  return db.selectFrom('tags').select(['id', 'slug', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function listTagsBySlugs(db: Db, slugs: string[]): Promise<TagRef[]> {
  if (slugs.length === 0) return [];
  return db.selectFrom('tags').select(['id', 'slug', 'name']).where('slug', 'in', slugs).execute();
}

export async function insertTag(db: Db, values: Omit<TagRef, 'id'>): Promise<number> {
  return (await db.insertInto('tags').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTagRow(db: Db, id: number, values: Partial<Omit<TagRef, 'id'>>): Promise<void> {
  await db.updateTable('tags').set(values).where('id', '=', id).execute();
}
