// Kept regions on two instances of one PostgreSQL database, with the page cache off: what one
// instance changes (an approved comment, an edit, a bio, a setting) the other shows on its next
// uncached render within a second, its kept regions dropped through LISTEN/NOTIFY like pages.
// PostgreSQL only: on SQLite, workers share purges over the cluster's IPC (test/cli/cluster.test.ts).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('kept regions on two instances of one PostgreSQL database', () => {
  let t: TestApp;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_PAGE_CACHE_MB: '0' } });
    other = await t.another();
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-all' });
  });
  afterAll(() => t.close());

  const on = async (app: FastifyInstance, url: string) => parseDocument((await app.inject({ url })).body);

  /** Polls the other instance's uncached render until `shows` holds; fails after a second. */
  async function otherShows(url: string, shows: (document: ReturnType<typeof parseDocument>) => boolean): Promise<void> {
    const started = performance.now();
    while (!shows(await on(other, url))) {
      if (performance.now() - started > 1000) throw new Error(`the other instance did not show the change on ${url} within a second`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('shows an approved comment, an edit, a new bio and a new setting made on one instance on the other within a second', async () => {
    const make = factories(t.app);
    const writer = await make.person({ name: 'Ines Duarte', slug: 'ines-duarte', bio: 'Ines covers the courts.' });
    let story = await make.article({ headline: 'Court hears appeal', authorIds: [writer.id], bodyMarkdown: 'The appeal was heard on Monday.' });
    // Warm the other instance's kept regions, and check they are kept there.
    expect(texts(await on(other, story.path!), '.comment-body')).toEqual([]);
    await t.app.byline.db.updateTable('articles').set({ headline: 'Changed behind Byline’s back' }).where('id', '=', story.id).execute();
    expect((await on(other, story.path!)).querySelector('h1')!.textContent).toBe('Court hears appeal');

    await reader(t.app, t.clock).comment(story.path!, { body: 'Justice delayed.' });
    const held = (await t.app.byline.services.comments.queue({ status: 'pending' }, { page: 1, pageSize: 10 })).items[0]!;
    await t.app.byline.services.comments.setStatus(held.id, 'approved');
    await otherShows(story.path!, (document) => texts(document, '.comment-body').includes('Justice delayed.'));

    story = await t.app.byline.services.articles.updateArticle(story.id, { headline: 'Court allows appeal' });
    await otherShows(story.path!, (document) => document.querySelector('h1')!.textContent === 'Court allows appeal');

    await t.app.byline.services.people.updatePerson(writer.id, { bio: 'Ines now covers parliament.' });
    await otherShows(story.path!, (document) => texts(document, '.author-bio').includes('Ines now covers parliament.'));

    await t.app.byline.services.settings.updateSiteSettings({ title: 'The Evening Ledger' });
    await otherShows(story.path!, (document) => (document.querySelector('.site-title')!.textContent ?? '').includes('The Evening Ledger'));
  });
});
