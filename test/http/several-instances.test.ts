// Several instances of Byline on one database, as behind a load balancer: background jobs run on
// one instance at a time, a scheduled article is published exactly once, and sessions and
// sign-in limits are the database's, so every instance agrees on them (issue 9; the search
// budget and comment flood control: search-rate-limit.test.ts and comment-flood.test.ts). (How a change on
// one instance reaches the others' page caches: test/postgres/ and test/cli/cluster.test.ts.)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs.ts';
import { signInLimits } from '../../src/auth/sign-in-limits.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { browserFor, cookieHeader, signIn } from '../helpers/newsroom.ts';

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

  it('keeps a session signed in on one instance signed in on the other, and ends it on both when it ends on one', async () => {
    const editor = await signIn(t.app, 'editor');
    const session = editor.jar.get('byline_session')!;
    const onFirst = () => t.app.inject({ url: '/admin/articles', headers: { cookie: `byline_session=${session}` } });
    expect((await onFirst()).statusCode).toBe(200);
    const elsewhere = browserFor(other, editor.jar);
    expect((await elsewhere.get('/admin/articles')).statusCode).toBe(200);
    expect((await elsewhere.post('/admin/logout', {}, { tokenFrom: '/admin/articles' })).statusCode).toBe(303);
    const signedOut = await onFirst();
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toMatch(/^\/admin\/login/);
  });

  it("counts one address's sign-in attempts across both instances", async () => {
    const attempt = async (app: FastifyInstance, i: number) => {
      const browser = browserFor(app);
      const csrf = await browser.csrf();
      return app.inject({ method: 'POST', url: '/admin/login', remoteAddress: '198.51.100.40', payload: new URLSearchParams({ email: `nobody${i}@example.com`, password: 'guess', _csrf: csrf }).toString(), headers: { cookie: cookieHeader(browser.jar), 'content-type': 'application/x-www-form-urlencoded' } });
    };
    const statuses: number[] = [];
    for (let i = 0; i < signInLimits.address.attempts; i++) statuses.push((await attempt(i % 2 === 0 ? t.app : other, i)).statusCode);
    expect(statuses.every((status) => status === 401)).toBe(true);
    const refused = await Promise.all([attempt(t.app, 100), attempt(other, 101)]);
    expect(refused.map((response) => response.statusCode)).toEqual([429, 429]);
  });
});
