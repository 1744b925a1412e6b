// The queries of a WordPress import, all run on the import's one transaction. The importer writes
// people, sections, tags, articles, pages and comments itself (as the demo loader reads and wipes them)
// because no service can join a transaction it did not open, and an import must be all or nothing.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ArticlesTable, CommentsTable, PagesTable, WordpressImportsTable } from '../../db/schema.ts';

export type WpKind = WordpressImportsTable['wp_kind'];
export type Mapping = Pick<Selectable<WordpressImportsTable>, 'wp_id' | 'target_id' | 'checksum'>;

export async function findMapping(db: Db, source: string, kind: WpKind, wpId: string, guid?: string): Promise<Mapping | undefined> {
  const byId = await db.selectFrom('wordpress_imports').select(['wp_id', 'target_id', 'checksum']).where('source', '=', source).where('wp_kind', '=', kind).where('wp_id', '=', wpId).executeTakeFirst();
  if (byId || !guid) return byId;
  return db.selectFrom('wordpress_imports').select(['wp_id', 'target_id', 'checksum']).where('source', '=', source).where('wp_kind', '=', kind).where('guid', '=', guid).executeTakeFirst();
}

export async function saveMapping(db: Db, row: Insertable<WordpressImportsTable>): Promise<void> {
  await db
    .insertInto('wordpress_imports')
    .values(row)
    .onConflict((oc) => oc.columns(['source', 'wp_kind', 'wp_id']).doUpdateSet({ target_id: row.target_id, checksum: row.checksum, guid: row.guid ?? null, imported_at: row.imported_at }))
    .execute();
}

export async function rowExists(db: Db, table: 'people' | 'sections' | 'tags' | 'articles' | 'pages' | 'comments', id: number): Promise<boolean> {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findIdBySlug(db: Db, table: 'people' | 'sections' | 'tags' | 'articles' | 'pages', slug: string): Promise<number | undefined> {
  return (await db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

export async function insertPerson(db: Db, values: { slug: string; name: string; email: string | null; now: string }): Promise<number> {
  const row = await db
    .insertInto('people')
    .values({ slug: values.slug, name: values.name, role_title: '', location: '', bio: '', avatar_url: null, links: '[]', email: values.email, created_at: values.now, updated_at: values.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePerson(db: Db, id: number, values: { name: string; email: string | null; now: string }): Promise<void> {
  await db.updateTable('people').set({ name: values.name, email: values.email, updated_at: values.now }).where('id', '=', id).execute();
}

/** A section at the end of the navigation (under `parent` when given: its path follows the parent's). */
export async function insertSection(db: Db, values: { slug: string; name: string; description: string; parent: { id: number; path: string } | null }): Promise<number> {
  const last = await db.selectFrom('sections').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  const { parent, ...rest } = values;
  const row = await db
    .insertInto('sections')
    .values({ ...rest, path: `${parent?.path ?? ''}/${values.slug}`, parent_id: parent?.id ?? null, position: Number(last?.p ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSection(db: Db, id: number, values: { name: string; description: string }): Promise<void> {
  await db.updateTable('sections').set(values).where('id', '=', id).execute();
}

export async function insertTag(db: Db, values: { slug: string; name: string }): Promise<number> {
  return (await db.insertInto('tags').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTag(db: Db, id: number, name: string): Promise<void> {
  await db.updateTable('tags').set({ name }).where('id', '=', id).execute();
}

export type ArticleValues = Omit<Insertable<ArticlesTable>, 'id' | 'version'>;

export async function insertArticle(db: Db, values: ArticleValues): Promise<number> {
  return (await db.insertInto('articles').values({ ...values, version: 1 }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateArticle(db: Db, id: number, values: Omit<ArticleValues, 'created_at' | 'created_by'>): Promise<number> {
  const row = await db.updateTable('articles').set((eb) => ({ ...values, version: eb('version', '+', 1) })).where('id', '=', id).returning('version').executeTakeFirstOrThrow();
  return row.version;
}

export async function insertRevision(db: Db, values: { articleId: number; version: number; createdAt: string; changedFields: string[]; snapshot: unknown }): Promise<void> {
  await db.insertInto('article_revisions').values({ article_id: values.articleId, version: values.version, user_id: null, created_at: values.createdAt, changed_fields: JSON.stringify(values.changedFields), snapshot: JSON.stringify(values.snapshot) }).execute();
}

/** Bylines and tags, with the article's publication time copied on while it is published (lists read it there). */
export async function replaceBylinesAndTags(db: Db, articleId: number, personIds: number[], tagIds: number[], listedAt: string | null): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  if (personIds.length > 0) await db.insertInto('article_authors').values(personIds.map((person_id, position) => ({ article_id: articleId, person_id, position, published_at: listedAt }))).execute();
  if (tagIds.length > 0) await db.insertInto('article_tags').values(tagIds.map((tag_id) => ({ article_id: articleId, tag_id, published_at: listedAt }))).execute();
}

export type PageValues = Omit<Insertable<PagesTable>, 'id' | 'created_at'>;

export async function insertPage(db: Db, values: PageValues & { created_at: string }): Promise<number> {
  return (await db.insertInto('pages').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePage(db: Db, id: number, values: PageValues): Promise<void> {
  await db.updateTable('pages').set(values).where('id', '=', id).execute();
}

export type CommentValues = Omit<Insertable<CommentsTable>, 'id'>;

export async function insertComment(db: Db, values: CommentValues): Promise<number> {
  return (await db.insertInto('comments').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateComment(db: Db, id: number, values: Partial<CommentValues>): Promise<void> {
  await db.updateTable('comments').set(values).where('id', '=', id).execute();
}

export async function insertAccount(db: Db, values: { email: string; name: string; personId: number; now: string }): Promise<boolean> {
  const taken = await db.selectFrom('users').select('id').where(sql`lower(email)`, '=', values.email.toLowerCase()).executeTakeFirst();
  if (taken) return false;
  await db.insertInto('users').values({ email: values.email, name: values.name, role: 'author', person_id: values.personId, password_hash: null, failed_logins: 0, locked_until: null, created_at: values.now, updated_at: values.now }).execute();
  return true;
}

export async function findSlugById(db: Db, table: 'people' | 'sections' | 'tags' | 'pages', id: number): Promise<string | undefined> {
  return (await db.selectFrom(table).select('slug').where('id', '=', id).executeTakeFirst())?.slug;
}

export async function findSectionAddress(db: Db, id: number): Promise<{ id: number; slug: string; path: string } | undefined> {
  return db.selectFrom('sections').select(['id', 'slug', 'path']).where('id', '=', id).executeTakeFirst();
}

export async function findArticleBody(db: Db, id: number): Promise<{ slug: string; body_html: string } | undefined> {
  return db.selectFrom('articles').select(['slug', 'body_html']).where('id', '=', id).executeTakeFirst();
}
