// Regression (issue 8): comment flood control answered 429 without saying when to try again, and
// a sign-in refused inside another form (choosing a password) reached the admin's error page
// without Retry-After. Every 429 and 423 now carries it. (Sign-in's own 423 and 429 are checked
// in sign-in-lockout.test.ts, search's in search-rate-limit.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInLimits } from '../../src/auth/sign-in-limits.ts';
import { floodIntervalMs } from '../../src/comments/comments.ts';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { browserFor, cookieHeader } from '../helpers/newsroom.ts';

describe('Retry-After on every refusal that passes', () => {
  let t: TestApp;
  let article: Article;
  beforeAll(async () => {
    t = await buildTestApp();
    article = await factories(t.app).article();
  });
  afterAll(() => t.close());

  it('tells a commenter posting too soon how many seconds are left', async () => {
    const quick = reader(t.app, t.clock, { ip: '203.0.113.60' });
    expect((await quick.comment(article.path!, { body: 'First.' })).statusCode).toBe(303);
    const refused = await quick.comment(article.path!, { body: 'Second, too soon.' }, { thinkMs: 4_000 });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String((floodIntervalMs - 4_000) / 1000));
  });

  it('tells a commenter over the hourly limit when the oldest counted comment ages out', async () => {
    const busy = reader(t.app, t.clock, { ip: '203.0.113.61' });
    for (let i = 0; i < 20; i++) expect((await busy.comment(article.path!, { body: `Comment number ${i} of many.` })).statusCode).toBe(303);
    // 20 comments, 20 s apart: the first is 380 s old now, and 20 s more pass before the refused post.
    const refused = await busy.comment(article.path!, { body: 'One too many.' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(3600 - 400));
  });

  it('says when to try again when choosing a password meets the sign-in limit of the address', async () => {
    const address = '203.0.113.62';
    const browser = browserFor(t.app);
    const csrf = await browser.csrf();
    const post = (url: string, form: Record<string, string>) =>
      t.app.inject({ method: 'POST', url, remoteAddress: address, payload: new URLSearchParams({ ...form, _csrf: csrf }).toString(), headers: { cookie: cookieHeader(browser.jar), 'content-type': 'application/x-www-form-urlencoded' } });
    for (let i = 0; i < signInLimits.address.attempts; i++) await post('/admin/login', { email: `nobody${i}@example.com`, password: 'guess' });
    const { token } = await t.app.byline.services.auth.createUser({ email: 'new.writer@example.com', name: 'New Writer', role: 'author' });
    const refused = await post('/admin/password', { token, password: 'a long enough passphrase' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60 * 1000);
  });
});
