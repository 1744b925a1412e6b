// Two instances of Byline on one PostgreSQL database, as behind a load balancer (each with its
// own connection pool and its own LISTEN connection): what one changes, a publish, an edit, an
// approved comment, new settings, the other shows within a second, its cached pages dropped
// through LISTEN/NOTIFY. PostgreSQL only: on SQLite, workers share changes over the cluster's
// IPC instead (test/cli/cluster.test.ts).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';

describe('two instances on one PostgreSQL database', () => {
  let t: TestApp;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp();
    other = await t.another();
  });
  afterAll(() => t.close());

  const isHit = async (app: FastifyInstance, url: string) => (await app.inject({ url })).headers['x-cache'] === 'hit';

  /**
   * Makes a change on one instance and resolves with how long after the change was made (its
   * call returned: committed, and the purge sent) the other instance dropped a cached page;
   * fails after `ms` of real time.
   */
  async function reachesOther(change: () => Promise<unknown>, ms = 1000): Promise<number> {
    const before = other.pageCache.stats().purged;
    await change();
    const made = performance.now();
    return new Promise((resolve, reject) => {
      const check = setInterval(() => {
        const waited = performance.now() - made;
        if (other.pageCache.stats().purged > before) {
          clearInterval(check);
          resolve(waited);
        } else if (waited > ms) {
          clearInterval(check);
          reject(new Error(`no purge reached the other instance within ${ms} ms`));
        }
      }, 5);
    });
  }

  it('shows a publish, an edit and an approved comment made on one instance on the other within a second', async () => {
    const make = factories(t.app);
    const section = await make.section({ name: 'Harbour', slug: 'harbour' });
    const story = await make.article({ headline: 'Quay reopens', sectionId: section.id, bodyMarkdown: 'The quay reopened after repairs to its stonework.' });
    for (const url of ['/', '/harbour', story.path!]) {
      await other.inject({ url });
      expect(await isHit(other, url), url).toBe(true);
    }

    // A publish on the first instance.
    let fresh: Awaited<ReturnType<typeof make.article>> | undefined;
    const publish = async () => (fresh = await make.article({ headline: 'Lighthouse keeper retires', sectionId: section.id, publishedAt: t.clock.now(), bodyMarkdown: 'After forty winters the keeper hands over the lamp.' }));
    expect(await reachesOther(publish)).toBeLessThan(1000);
    expect((await other.inject({ url: '/harbour' })).body).toContain('Lighthouse keeper retires');
    expect((await other.inject({ url: '/' })).body).toContain('Lighthouse keeper retires');

    // An edit.
    await other.inject({ url: fresh!.path! });
    expect(await isHit(other, fresh!.path!)).toBe(true);
    expect(await reachesOther(() => t.app.byline.services.articles.updateArticle(fresh!.id, { headline: 'Lighthouse keeper retires after forty winters' }))).toBeLessThan(1000);
    expect((await other.inject({ url: fresh!.path! })).body).toContain('Lighthouse keeper retires after forty winters');

    // A comment approved by a moderator on the first instance.
    const someone = reader(other, t.clock);
    expect((await someone.comment(story.path!, { body: 'Glad to see it open again.' })).statusCode).toBe(303);
    const held = (await t.app.byline.services.comments.queue({ status: 'pending' }, { page: 1, pageSize: 10 })).items.find((comment) => comment.articleId === story.id)!;
    await other.inject({ url: story.path! });
    expect(await isHit(other, story.path!)).toBe(true);
    expect(await reachesOther(() => t.app.byline.services.comments.setStatus(held.id, 'approved'))).toBeLessThan(1000);
    expect((await other.inject({ url: story.path! })).body).toContain('Glad to see it open again.');
  });

  it('forgets site settings on the other instance within a second', async () => {
    await other.inject({ url: '/' });
    expect(await reachesOther(() => t.app.byline.services.settings.updateSiteSettings({ title: 'The Quayside Courier' }))).toBeLessThan(1000);
    expect((await other.inject({ url: '/' })).body).toContain('The Quayside Courier');
  });
});
