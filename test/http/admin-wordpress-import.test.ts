// The WordPress import from the admin: only administrators and editors, CSRF like every form,
// an upload that lands on a progress page which becomes the fidelity report, and the option to
// give authors accounts that have no password until they choose one.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument } from '../helpers/html.ts';
import { absorb, cookieHeader, signIn, type Staff } from '../helpers/newsroom.ts';
import { wxr } from '../helpers/wxr.ts';

const exportFile = wxr({
  site: 'https://admin-import.example.org',
  authors: [{ id: 4, login: 'kit', email: 'kit@admin-import.example.org', name: 'Kit Marlow' }],
  categories: [{ id: 2, slug: 'local', name: 'Local' }],
  items: [{ id: 90, title: 'Market day returns', creator: 'kit', categories: ['local'], content: 'Stalls filled the square.', comments: [{ id: 1, author: 'Sam', content: 'Lovely to see.' }] }],
});

describe('the WordPress import in the admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function upload(staff: Staff, fields: Record<string, string> = {}, csrf?: string | null) {
    const form = new FormData();
    const token = csrf === undefined ? await staff.csrf('/admin/articles') : csrf;
    if (token) form.append('_csrf', token);
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', new Blob([exportFile], { type: 'text/xml' }), 'site.WordPress.xml');
    const request = new Request('http://localhost/admin/import/wordpress', { method: 'POST', body: form });
    return absorb(staff.jar, await t.app.inject({ method: 'POST', url: '/admin/import/wordpress', payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')!, cookie: cookieHeader(staff.jar) } }));
  }

  it('refuses authors and contributors, on the form and on the upload', async () => {
    for (const role of ['author', 'contributor'] as const) {
      const staff = await signIn(t.app, role);
      expect((await staff.get('/admin/import/wordpress')).statusCode).toBe(403);
      expect((await upload(staff)).statusCode).toBe(403);
    }
    expect(await t.app.byline.db.selectFrom('articles').select('id').execute()).toEqual([]);
  });

  it('is in the newsroom navigation for those who may import, and only for them', async () => {
    for (const role of ['administrator', 'editor', 'author', 'contributor'] as const) {
      const staff = await signIn(t.app, role);
      const link = parseDocument((await staff.get('/admin/articles')).body).querySelector('nav a[href="/admin/import/wordpress"]');
      expect(link !== null, role).toBe(role === 'administrator' || role === 'editor');
    }
  });

  it('refuses an upload without the form token', async () => {
    const editor = await signIn(t.app, 'editor');
    expect((await upload(editor, {}, null)).statusCode).toBe(403);
  });

  it('imports an upload, shows its progress page until the report, and creates password-less author accounts when asked', async () => {
    const editor = await signIn(t.app, 'editor');
    const form = parseDocument((await editor.get('/admin/import/wordpress')).body);
    expect(form.querySelector('form[enctype="multipart/form-data"] input[type="file"][name="file"]')).not.toBeNull();
    const response = await upload(editor, { createAccounts: '1' });
    expect(response.statusCode).toBe(303);
    const jobPage = response.headers.location as string;
    expect(jobPage).toMatch(/^\/admin\/import\/wordpress\/[0-9a-f-]{36}$/);
    const report = await vi.waitFor(
      async () => {
        const page = await editor.get(jobPage);
        expect(page.headers.refresh).toBeUndefined();
        return parseDocument(page.body);
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(report.querySelector('[role="status"]')?.textContent).toContain('Nothing was lost');
    expect(report.querySelector('pre.import-report')?.textContent).toMatch(/posts\s+1\s+1/);
    const account = await t.app.byline.db.selectFrom('users').select(['role', 'password_hash', 'person_id']).where('email', '=', 'kit@admin-import.example.org').executeTakeFirstOrThrow();
    expect(account).toMatchObject({ role: 'author', password_hash: null });
    expect(account.person_id).not.toBeNull();
    expect((await t.app.inject({ url: '/?p=90' })).statusCode).toBe(301);
    // Another editor cannot follow a made-up job address to anything.
    expect((await editor.get('/admin/import/wordpress/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
  });
});
