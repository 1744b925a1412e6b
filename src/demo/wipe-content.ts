// Empties the site for `byline demo --force` and `--remove`: every article, person, section,
// tag, page and menu entry (demo.repository.ts), then what was derived from the articles. The
// search index and the related-articles index hold article ids without foreign keys; left
// behind, the next load scored new stories against stories that no longer exist and wrote
// related lists for them, which the lists' foreign key refused ("FOREIGN KEY constraint failed",
// once per article). Their own services empty them, so each dialect's index is handled.
import type { AppContext } from '../app-context.ts';
import { deleteAllContent } from './demo.repository.ts';

export async function wipeContent({ db, services }: AppContext): Promise<void> {
  await deleteAllContent(db);
  // With no articles left, a rebuild is the emptying: nothing is indexed again.
  await services.related.rebuildIndex();
  await services.search.rebuildIndex(undefined, { full: true });
}
