// Queries on sections and tags: the two ways articles are grouped.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { SectionRef, TagRef } from './article.ts';

export interface Section extends SectionRef {
  description: string;
  /** Order among the sections with the same parent. */
  position: number;
  /** The section it sits under; null at the top of the navigation. */
  parentId: number | null;
}

const sectionColumns = ['id', 'slug', 'name', 'description', 'position', 'parent_id as parentId', 'path'] as const;

export async function listSections(db: Db): Promise<Section[]> {
  return db.selectFrom('sections').select(sectionColumns).orderBy('position').orderBy('id').execute();
}

export async function findSectionBySlug(db: Db, slug: string): Promise<Section | undefined> {
  return db.selectFrom('sections').select(sectionColumns).where('slug', '=', slug).executeTakeFirst();
}

export async function findSectionById(db: Db, id: number): Promise<Section | undefined> {
  return db.selectFrom('sections').select(sectionColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertSection(db: Db, values: Omit<Section, 'id'>): Promise<number> {
  const { parentId, ...rest } = values;
  return (await db.insertInto('sections').values({ ...rest, parent_id: parentId }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSectionRow(db: Db, id: number, values: Partial<Omit<Section, 'id'>>): Promise<void> {
  const { parentId, ...rest } = values;
  await db.updateTable('sections').set({ ...rest, ...(parentId !== undefined && { parent_id: parentId }) }).where('id', '=', id).execute();
}

/** Every article of one section moves to another (a merge). */
export async function moveArticlesToSection(db: Db, fromId: number, intoId: number): Promise<void> {
  await db.updateTable('articles').set({ section_id: intoId }).where('section_id', '=', fromId).execute();
}

/** Menu entries that named a merged section name its survivor. */
export async function retargetSectionMenuItems(db: Db, fromId: number, intoId: number): Promise<void> {
  await db.updateTable('menu_items').set({ target_id: intoId }).where('kind', '=', 'section').where('target_id', '=', fromId).execute();
}

export async function deleteSectionRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('sections').where('id', '=', id).execute();
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

export interface TagWithCount extends TagRef {
  articleCount: number;
}

function tagsWithCounts(db: Db) {
  return db
    .selectFrom('tags as t')
    .leftJoin('article_tags as at', 'at.tag_id', 't.id')
    .select(['t.id', 't.slug', 't.name', (eb) => eb.fn.count<number | string>('at.article_id').as('article_count')])
    .groupBy(['t.id', 't.slug', 't.name']);
}

// PostgreSQL returns count() as a string.
const toTagWithCount = (row: TagRef & { article_count: number | string }): TagWithCount => ({ id: row.id, slug: row.slug, name: row.name, articleCount: Number(row.article_count) });

/** Tags by name with how many articles (of any status) carry each. */
export async function listTagsWithCounts(db: Db, limit: number, offset: number): Promise<TagWithCount[]> {
  const rows = await tagsWithCounts(db).orderBy('t.name').orderBy('t.id').limit(limit).offset(offset).execute();
  return rows.map(toTagWithCount);
}

export async function findTagWithCount(db: Db, id: number): Promise<TagWithCount | undefined> {
  const row = await tagsWithCounts(db).where('t.id', '=', id).executeTakeFirst();
  return row && toTagWithCount(row);
}

export async function countTags(db: Db): Promise<number> {
  const row = await db.selectFrom('tags').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listAllTags(db: Db): Promise<TagRef[]> {
  return db.selectFrom('tags').select(['id', 'slug', 'name']).orderBy('name').orderBy('id').execute();
}

/** Gives every article tagged `fromId` the tag `intoId` too, skipping those that already have it. */
export async function copyTagAssignments(db: Db, fromId: number, intoId: number): Promise<void> {
  await db
    .insertInto('article_tags')
    .columns(['article_id', 'tag_id', 'published_at'])
    .expression((eb) =>
      eb
        .selectFrom('article_tags as f')
        .select(['f.article_id', sql<number>`cast(${intoId} as integer)`.as('tag_id'), 'f.published_at'])
        .where('f.tag_id', '=', fromId)
        .where((w) => w.not(w.exists(w.selectFrom('article_tags as i').select('i.article_id').whereRef('i.article_id', '=', 'f.article_id').where('i.tag_id', '=', intoId)))),
    )
    .execute();
}

export async function deleteTagAssignments(db: Db, tagId: number): Promise<void> {
  await db.deleteFrom('article_tags').where('tag_id', '=', tagId).execute();
}

export async function deleteTagRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('tags').where('id', '=', id).execute();
}
