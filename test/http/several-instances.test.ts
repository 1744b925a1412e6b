// Several instances of Byline on one database, as behind a load balancer: background jobs run on
// one instance at a time, and a scheduled article is published exactly once. (How a change on
// one instance reaches the others' page caches: test/postgres/ and test/cli/cluster.test.ts.)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';

describe('several instances on one database', () => {
  let t: TestApp;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp();
    other = await t.another();
  });
  afterAll(() => t.close());

  it('runs background jobs on one instance at a time, and publishes a scheduled article exactly once', async () => {
    const story = await factories(t.app).article({ headline: 'Embargoed results', status: 'scheduled', publishedAt: new Date(t.clock.now().getTime() + 60_000) });
    const published: number[] = [];
    for (const app of [t.app, other]) app.byline.events.on('article.published', ({ articleId }) => void published.push(articleId));
    const quiet = { info: () => {}, error: () => {} };
    const runners = [createJobRunner(t.app.byline, quiet, 'instance-a'), createJobRunner(other.byline, quiet, 'instance-b')];

    t.clock.advance(61_000);
    const outcomes = await Promise.all(runners.map((run) => run()));
    expect(outcomes.filter((outcome) => outcome !== undefined)).toHaveLength(1);
    // Run again, both at once, several times: still published once.
    for (let i = 0; i < 3; i++) await Promise.all(runners.map((run) => run()));
    expect(published.filter((id) => id === story.id)).toHaveLength(1);
    expect((await t.app.byline.services.articles.getArticle(story.id)).status).toBe('published');
    expect((await other.inject({ url: story.path! })).statusCode).toBe(200);
  });
});
