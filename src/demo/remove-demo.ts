// From the demo to an empty site (`byline demo --remove`): every article, person, section and tag
// goes, with the demo's pictures and its site settings, and a marker keeps the next start from
// loading the demo again. Users, and settings a newsroom chose, stay.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { markDemoRemoved } from './demo.repository.ts';
import { wipeContent } from './wipe-content.ts';

export async function removeDemo(context: AppContext): Promise<{ articles: number; people: number; sections: number }> {
  const { db, config } = context;
  const count = async (table: 'articles' | 'people' | 'sections') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const report = { articles: await count('articles'), people: await count('people'), sections: await count('sections') };
  await wipeContent(context);
  await markDemoRemoved(db);
  await rm(path.join(config.dataDir, 'media', 'demo'), { recursive: true, force: true });
  return report;
}
