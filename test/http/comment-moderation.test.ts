// Moderating comments in the admin, with the effect checked on the public article page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('the moderation queue', () => {
  let t: TestApp;
  let article: Article;
  let editor: Staff;

  const post = async (body: string, name = 'Pat Reader') => {
    const response = await reader(t.app, t.clock).comment(article.path!, { body, name, email: `${name.replace(/\W/g, '').toLowerCase()}@example.net` });
    return Number((response.headers.location as string).split('#comment-')[1]);
  };
  const publicComments = async () => texts(parseDocument((await t.app.inject({ url: article.path! })).body), '.comment-list .comment-body');

  beforeAll(async () => {
    t = await buildTestApp();
    article = await factories(t.app).article({ slug: 'moderated-story' });
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  it('lists held comments with their private details and why they were held, and counts them in the navigation', async () => {
    await post('Held for a first look.', 'Quinn Newcomer');
    const doc = parseDocument((await editor.get('/admin/comments?status=pending')).body);
    const item = doc.querySelector('.queue-item')!;
    expect(item.textContent).toContain('quinnnewcomer@example.net');
    expect(texts(item as unknown as Document, '.reasons li')[0]).toContain('first comment');
    expect(texts(doc, '.admin-header nav a').find((label) => label.startsWith('Comments'))).toMatch(/^Comments \(\d+ pending\)$/);
    const pending = await t.app.byline.services.comments.countPending();
    expect(texts(doc, '.status-tabs a')).toEqual([`pending (${pending})`, 'approved (0)', 'spam (0)', 'trash (0)']);
  });

  it('approving shows the comment on the article at once; spam and trash hide it', async () => {
    const id = await post('Approve me please.');
    expect(await publicComments()).not.toContain('Approve me please.');
    expect((await editor.post(`/admin/comments/${id}/status`, { status: 'approved' }, { tokenFrom: '/admin/comments' })).statusCode).toBe(303);
    expect(await publicComments()).toContain('Approve me please.');
    await editor.post(`/admin/comments/${id}/status`, { status: 'spam' }, { tokenFrom: '/admin/comments' });
    expect(await publicComments()).not.toContain('Approve me please.');
  });

  it('edits a comment and replies as the newsroom with a staff badge', async () => {
    const id = await post('Teh typo here.');
    await editor.post(`/admin/comments/${id}/status`, { status: 'approved' }, { tokenFrom: '/admin/comments' });
    await editor.post(`/admin/comments/${id}/edit`, { body: 'The typo here, fixed.' }, { tokenFrom: '/admin/comments' });
    await editor.post(`/admin/comments/${id}/reply`, { body: 'Thanks for reading.' }, { tokenFrom: '/admin/comments' });
    const doc = parseDocument((await t.app.inject({ url: article.path! })).body);
    expect(texts(doc, `#comment-${id} .comment-body`)).toEqual(['The typo here, fixed.']);
    const staff = doc.querySelector('.comment-staff')!;
    expect(staff.querySelector('.staff-badge')?.textContent).toBe('Staff');
    expect(staff.closest('li')?.parentElement?.closest('li')?.querySelector(`#comment-${id}`)).not.toBeNull();
  });

  it('applies a bulk action to the selected comments', async () => {
    const ids = [await post('Bulk one.'), await post('Bulk two.')];
    const token = await editor.csrf('/admin/comments');
    const payload = new URLSearchParams([['_csrf', token], ['status', 'approved'], ['ids', String(ids[0])], ['ids', String(ids[1])]]).toString();
    const response = await t.app.inject({ method: 'POST', url: '/admin/comments/bulk', payload, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...editor.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(response.statusCode).toBe(303);
    expect(await publicComments()).toEqual(expect.arrayContaining(['Bulk one.', 'Bulk two.']));
  });

  it('is closed to authors and contributors', async () => {
    for (const role of ['author', 'contributor'] as const) {
      const staff = await signIn(t.app, role);
      expect((await staff.get('/admin/comments')).statusCode).toBe(403);
      expect((await staff.post('/admin/comments/1/status', { status: 'approved' })).statusCode).toBe(403);
    }
  });
});
