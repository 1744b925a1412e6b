// The queries the demo needs that no service offers: is the site empty, wipe the content (for
// `byline demo --force` and `--remove`; children before parents, for the foreign keys; the
// search and related indexes are emptied by their services: wipe-content.ts), and a marker
// that the demo was removed on purpose, so the next start stays empty.
import type { Db } from '../db/database.ts';

export async function isContentEmpty(db: Db): Promise<boolean> {
  for (const table of ['articles', 'people', 'sections'] as const) {
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return false;
  }
  return true;
}

export async function deleteAllContent(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['article_tags', 'article_authors', 'redirects', 'articles', 'tags', 'sections', 'people', 'menu_items', 'pages', 'wordpress_imports'] as const) {
      await trx.deleteFrom(table).execute();
    }
    // Held saves of articles that are gone (a held new article, with no id yet, stays its writer's).
    await trx.deleteFrom('pending_saves').where('article_id', 'is not', null).execute();
  });
}

const removedKey = 'demo:removed';
/** The demo's own site settings, dropped with it (the site falls back to the defaults). */
const demoSettingKeys = ['title', 'tagline', 'language', 'timeZone'];

export async function wasDemoRemoved(db: Db): Promise<boolean> {
  return (await db.selectFrom('settings').select('key').where('key', '=', removedKey).executeTakeFirst()) !== undefined;
}

export async function forgetDemoRemoved(db: Db): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', removedKey).execute();
}

/** The demo's settings dropped, and a note that it went on purpose (the content is wiped first: wipe-content.ts). */
export async function markDemoRemoved(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('settings').where('key', 'in', demoSettingKeys).execute();
    await trx.insertInto('settings').values({ key: removedKey, value: 'true' }).onConflict((oc) => oc.column('key').doNothing()).execute();
  });
}
