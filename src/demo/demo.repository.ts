// The two queries the demo loader needs that no service offers: is the site empty, and wipe
// the content (for `byline demo --force`). Children before parents, for the foreign keys.
import type { Db } from '../db/database.ts';

export async function isContentEmpty(db: Db): Promise<boolean> {
  for (const table of ['articles', 'people', 'sections'] as const) {
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return false;
  }
  return true;
}

export async function deleteAllContent(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['article_tags', 'article_authors', 'redirects', 'articles', 'tags', 'sections', 'people', 'menu_items', 'pages'] as const) {
      await trx.deleteFrom(table).execute();
    }
  });
}
