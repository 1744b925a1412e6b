// Queries on pages; one query a function.
import type { Db } from '../db/database.ts';
import type { PagesTable } from '../db/schema.ts';
import type { SitePage } from './page.ts';

type PageRow = Omit<PagesTable, 'id' | 'body_html_rules'> & { id: number };
/** What a page's row is written with: its body always with the sanitizer rules that made it. */
type PageValues = Omit<PagesTable, 'id'>;

const columns = ['id', 'slug', 'title', 'description', 'body_markdown', 'body_html', 'status', 'created_at', 'updated_at'] as const;

export function toPage(row: PageRow): SitePage {
  return { id: row.id, slug: row.slug, title: row.title, description: row.description, bodyMarkdown: row.body_markdown, bodyHtml: row.body_html, status: row.status, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) };
}

export async function findPageBySlug(db: Db, slug: string): Promise<SitePage | undefined> {
  const row = await db.selectFrom('pages').select(columns).where('slug', '=', slug).executeTakeFirst();
  return row && toPage(row);
}

export async function findPageById(db: Db, id: number): Promise<SitePage | undefined> {
  const row = await db.selectFrom('pages').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toPage(row);
}

export async function listPages(db: Db, options: { publishedOnly?: boolean } = {}): Promise<SitePage[]> {
  let query = db.selectFrom('pages').select(columns).orderBy('title').orderBy('id');
  if (options.publishedOnly) query = query.where('status', '=', 'published');
  return (await query.execute()).map(toPage);
}

export async function insertPage(db: Db, values: PageValues): Promise<number> {
  return (await db.insertInto('pages').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePageRow(db: Db, id: number, values: Partial<Omit<PageValues, 'created_at'>>): Promise<void> {
  await db.updateTable('pages').set(values).where('id', '=', id).execute();
}

export async function deletePageRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('pages').where('id', '=', id).execute();
}
