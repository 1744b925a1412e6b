// Regressions (issue 8): signed-out requests wrote held-save rows (up to 2 MB each) for anyone,
// kept them for ever, and had multipart bodies read into memory before sign-in was checked.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countHeldSaves } from '../../src/admin/held-save.repository.ts';
import { createJobRunner } from '../../src/jobs.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { browserFor, cookieHeader, signIn, type Staff } from '../helpers/newsroom.ts';

const quietLog = { error() {}, info() {} };

describe('signed-out requests', () => {
  let t: TestApp;
  let sectionId: number;
  beforeAll(async () => {
    t = await buildTestApp();
    sectionId = (await t.app.byline.services.taxonomy.createSection({ name: 'Held', slug: 'held' })).id;
  });
  afterAll(() => t.close());

  const form = (writer: Staff, n: number) => ({ headline: `Held story ${n}`, sectionId: String(sectionId), author1: String(writer.personId), bodyMarkdown: `Text ${n}.`, action: 'save' });
  const expireSessionsOf = (userId: number) => t.app.byline.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('user_id', '=', userId).execute();

  it('holds no save for a browser that never had a session, even with a valid form token', async () => {
    const before = await countHeldSaves(t.app.byline.db);
    const stranger = browserFor(t.app);
    const response = await stranger.post('/admin/articles', { headline: 'x'.repeat(100_000), sectionId: String(sectionId), bodyMarkdown: 'y'.repeat(500_000), action: 'save' });
    expect(response.statusCode).toBe(401);
    expect(await countHeldSaves(t.app.byline.db)).toBe(before);
    const forged = await t.app.inject({ method: 'POST', url: '/admin/articles', payload: 'headline=x&action=save', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'byline_session=made-up-token' } });
    expect(forged.statusCode).toBe(401);
    expect(await countHeldSaves(t.app.byline.db)).toBe(before);
  });

  it('refuses a signed-out multipart upload before reading a byte of its body', async () => {
    let read = false;
    const body = new Readable({
      read() {
        read = true;
        this.push('--boundary\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n');
        this.push(null);
      },
    });
    const response = await t.app.inject({ method: 'POST', url: '/admin/media', payload: body, headers: { 'content-type': 'multipart/form-data; boundary=boundary' } });
    expect(response.statusCode).toBe(401);
    expect(read).toBe(false);
  });

  it("keeps only an account's newest three held saves, and the job forgets them after a week", async () => {
    const writer = await signIn(t.app, 'author');
    const token = await writer.csrf('/admin/articles/new');
    await expireSessionsOf(writer.userId);
    const before = await countHeldSaves(t.app.byline.db);
    for (let n = 1; n <= 5; n++) {
      const late = await writer.post('/admin/articles', form(writer, n), { csrf: token });
      expect(late.statusCode).toBe(303);
      t.clock.advance(1000);
    }
    expect((await countHeldSaves(t.app.byline.db)) - before).toBe(3);
    t.clock.advance(8 * 24 * 3600 * 1000);
    await createJobRunner(t.app.byline, quietLog)();
    expect(await countHeldSaves(t.app.byline.db)).toBe(0);
  });

  it('applies a held save only for the account whose session it was', async () => {
    const writer = await signIn(t.app, 'author');
    const token = await writer.csrf('/admin/articles/new');
    await expireSessionsOf(writer.userId);
    expect((await writer.post('/admin/articles', form(writer, 9), { csrf: token })).statusCode).toBe(303);
    // Someone else signs in in the same browser: the held form is not theirs to save.
    const other = await signIn(t.app, 'editor');
    const csrf = await browserFor(t.app, writer.jar).csrf();
    const login = await t.app.inject({ method: 'POST', url: '/admin/login', payload: new URLSearchParams({ email: other.email, password: other.password, _csrf: csrf }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(writer.jar) } });
    expect(login.headers.location).toBe('/admin');
  });
});
