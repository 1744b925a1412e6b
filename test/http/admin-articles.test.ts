// Writing, publishing, scheduling and revising articles through the newsroom's forms, with the
// effect checked on the public site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/content/content.ts';
import { startJobs } from '../../src/jobs.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

const articleIdFrom = (location: string | undefined) => Number(/\/admin\/articles\/(\d+)\/edit/.exec(location ?? '')?.[1]);
const valueOf = (html: string, name: string) => parseDocument(html).querySelector(`[name="${name}"]`);

describe('the article editor', () => {
  let t: TestApp;
  let section: Section;
  let editor: Staff;

  const form = (fields: Record<string, string> = {}) => ({
    headline: 'Harbour cranes fall silent',
    standfirst: 'Dock workers stop for the first time in a decade.',
    sectionId: String(section.id),
    tags: 'Ports, Labour',
    author1: String(editor.personId),
    dateline: 'Rotterdam',
    bodyMarkdown: 'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.',
    commentsOpen: 'on',
    ...fields,
  });

  beforeAll(async () => {
    t = await buildTestApp();
    section = await t.app.byline.services.taxonomy.createSection({ name: 'Business', slug: 'business' });
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  it('saves a draft that readers cannot see, and lists it on the desk', async () => {
    const response = await editor.post('/admin/articles', { ...form({ headline: 'A quiet draft' }), action: 'save' });
    expect(response.statusCode).toBe(303);
    const id = articleIdFrom(response.headers.location as string);
    const edit = await editor.get(response.headers.location as string);
    expect(texts(parseDocument(edit.body), '.notice')).toEqual(['Draft saved.']);
    expect(texts(parseDocument((await editor.get('/admin/articles?status=draft')).body), '.desk td a')).toContain('A quiet draft');
    const article = await t.app.byline.services.articles.getArticle(id);
    expect(article.slug).toBe('a-quiet-draft');
    expect((await t.app.inject({ url: '/business' })).body).not.toContain('A quiet draft');
  });

  it('keeps everything typed when a required field is missing, with the error beside the field', async () => {
    const body = 'A long body the writer must not lose.\n\nWith a second paragraph.';
    const response = await editor.post('/admin/articles', { ...form({ headline: '   ', bodyMarkdown: body, standfirst: 'Kept standfirst' }), action: 'publish' });
    expect(response.statusCode).toBe(400);
    const page = parseDocument(response.body);
    expect(page.querySelector('textarea[name="bodyMarkdown"]')?.textContent).toBe(body);
    expect(page.querySelector('textarea[name="standfirst"]')?.textContent).toBe('Kept standfirst');
    expect(page.querySelector('#headline')?.getAttribute('aria-describedby')).toBe('headline-error');
    expect(texts(page, '#headline-error')).toEqual(['Write a headline.']);
  });

  it('refuses to publish an image without alt text', async () => {
    const response = await editor.post('/admin/articles', { ...form({ imageUrl: '/media/x.jpg', imageAlt: '' }), action: 'publish' });
    expect(response.statusCode).toBe(400);
    expect(texts(parseDocument(response.body), '#imageAlt-error')[0]).toContain('Describe the image');
    const inBody = await editor.post('/admin/articles', { ...form({ bodyMarkdown: 'Text.\n\n![](/media/y.jpg)' }), action: 'publish' });
    expect(texts(parseDocument(inBody.body), '#bodyMarkdown-error')[0]).toContain('/media/y.jpg');
  });

  it('publishes at once, and the story appears on the public site with its byline', async () => {
    const response = await editor.post('/admin/articles', { ...form({ headline: 'Published from the editor' }), action: 'publish' });
    const article = await t.app.byline.services.articles.getArticle(articleIdFrom(response.headers.location as string));
    expect(article.status).toBe('published');
    const page = await t.app.inject({ url: article.path! });
    expect(page.statusCode).toBe(200);
    expect(texts(parseDocument(page.body), 'h1')).toEqual(['Published from the editor']);
  });

  it('schedules in the site time zone and publishes exactly once when the time comes, on any instance', async () => {
    await t.app.byline.services.settings.updateSiteSettings({ timeZone: 'Europe/Paris' });
    const response = await editor.post(`/admin/articles`, { ...form({ headline: 'Scheduled story', publishAt: '2026-11-28T14:00' }), action: 'schedule' });
    expect(response.statusCode).toBe(303);
    const id = articleIdFrom(response.headers.location as string);
    const scheduled = await t.app.byline.services.articles.getArticle(id);
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.publishedAt?.toISOString()).toBe('2026-11-28T13:00:00.000Z');
    expect(await t.app.byline.services.desk.publishDue()).toEqual([]);

    t.clock.set(new Date('2026-11-28T13:00:30Z'));
    const second = await t.another();
    const [a, b] = await Promise.all([t.app.byline.services.desk.publishDue(), second.byline.services.desk.publishDue()]);
    expect([...a, ...b]).toEqual([id]);
    const published = await t.app.byline.services.articles.getArticle(id);
    expect(published.status).toBe('published');
    expect((await t.app.inject({ url: published.path! })).statusCode).toBe(200);
    await t.app.byline.services.settings.updateSiteSettings({ timeZone: 'UTC' });
  });

  it('publishes an article whose time passed while the server was down, when it starts again', async () => {
    const response = await editor.post('/admin/articles', { ...form({ headline: 'Due while down', publishAt: '2026-11-28T14:00' }), action: 'schedule' });
    const id = articleIdFrom(response.headers.location as string);
    t.clock.set(new Date('2026-11-28T15:00:00Z'));
    const restarted = await t.another();
    const stop = startJobs(restarted.byline, { info: () => {}, error: () => {} });
    try {
      await expect.poll(async () => (await restarted.byline.services.articles.getArticle(id)).status).toBe('published');
    } finally {
      await stop();
    }
  });

  it('refuses to schedule in the past', async () => {
    const response = await editor.post('/admin/articles', { ...form({ publishAt: '2020-01-01T09:00' }), action: 'schedule' });
    expect(response.statusCode).toBe(400);
    expect(texts(parseDocument(response.body), '#publishAt-error')[0]).toContain('future');
  });

  it('writes no revision and keeps the version on a refused schedule or a save that changes nothing (issue 13)', async () => {
    const created = await editor.post('/admin/articles', { ...form({ headline: 'Story scheduled twice' }), action: 'save' });
    const id = articleIdFrom(created.headers.location as string);
    const { version } = await t.app.byline.services.articles.getArticle(id);
    const refused = await editor.post(`/admin/articles/${id}`, { ...form({ headline: 'Story scheduled twice', publishAt: '2020-01-01T09:00' }), version: String(version), action: 'schedule' });
    expect(refused.statusCode).toBe(400);
    // The autosave a browser sends as the refused page unloads: the same text again.
    const autosave = await editor.postJson(`/admin/autosave?id=${id}`, { ...form({ headline: 'Story scheduled twice' }), version: String(version) });
    expect(autosave.json().version).toBe(version);
    expect(await t.app.byline.services.articles.listRevisions(id)).toHaveLength(1);
    const fixed = await editor.post(`/admin/articles/${id}`, { ...form({ headline: 'Story scheduled twice', publishAt: '2026-11-29T09:00' }), version: String(version), action: 'schedule' });
    expect(fixed.statusCode).toBe(303);
    expect((await t.app.byline.services.articles.getArticle(id)).status).toBe('scheduled');
  });

  it('refuses the second of two saves from one version, keeping its text and saying what changed', async () => {
    const created = await editor.post('/admin/articles', { ...form({ headline: 'Contested story' }), action: 'save' });
    const id = articleIdFrom(created.headers.location as string);
    const colleague = await signIn(t.app, 'editor');
    const version = String((await t.app.byline.services.articles.getArticle(id)).version);
    expect((await colleague.post(`/admin/articles/${id}`, { ...form({ headline: 'Contested story, their take' }), version, action: 'save' })).statusCode).toBe(303);
    const mine = await editor.post(`/admin/articles/${id}`, { ...form({ headline: 'Contested story', bodyMarkdown: 'My careful rewrite.' }), version, action: 'save' });
    expect(mine.statusCode).toBe(409);
    const page = parseDocument(mine.body);
    expect(texts(page, '.form-error')[0]).toMatch(/saved this article after you opened it .* Changed: headline/);
    expect(page.querySelector('textarea[name="bodyMarkdown"]')?.textContent).toBe('My careful rewrite.');
    expect(texts(page, '.form-error pre.diff ins')).toEqual(['My', 'careful', 'rewrite']);
    expect((await t.app.byline.services.articles.getArticle(id)).headline).toBe('Contested story, their take');
  });

  it('records a revision per save, shows a readable diff, and restores an earlier one', async () => {
    const created = await editor.post('/admin/articles', { ...form({ headline: 'Revised story', bodyMarkdown: 'The original wording.' }), action: 'save' });
    const id = articleIdFrom(created.headers.location as string);
    const v1 = (await t.app.byline.services.articles.getArticle(id)).version;
    await editor.post(`/admin/articles/${id}`, { ...form({ headline: 'Revised story', bodyMarkdown: 'A new wording entirely.' }), version: String(v1), action: 'save' });
    const list = parseDocument((await editor.get(`/admin/articles/${id}/revisions`)).body);
    const rows = [...list.querySelectorAll('.desk tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('bodyMarkdown');
    const firstRevisionLink = rows[1]!.querySelector('a')!.getAttribute('href')!;
    const diff = parseDocument((await editor.get(firstRevisionLink)).body);
    expect(texts(diff, 'pre.diff del').join(' ')).toContain('original');
    expect(texts(diff, 'pre.diff ins').join(' ')).toContain('new');
    const current = (await t.app.byline.services.articles.getArticle(id)).version;
    const restore = await editor.post(`${firstRevisionLink}/restore`, { version: String(current) });
    expect(restore.statusCode).toBe(303);
    const restored = await t.app.byline.services.articles.getArticle(id);
    expect(restored.bodyMarkdown).toBe('The original wording.');
    expect((await t.app.byline.services.articles.listRevisions(id))).toHaveLength(3);
  });

  it('shows a private full-page preview of a draft to staff only', async () => {
    const created = await editor.post('/admin/articles', { ...form({ headline: 'Preview me' }), action: 'save' });
    const id = articleIdFrom(created.headers.location as string);
    const preview = await editor.get(`/admin/articles/${id}/preview`);
    expect(preview.statusCode).toBe(200);
    const page = parseDocument(preview.body);
    expect(texts(page, 'h1')).toEqual(['Preview me']);
    expect(page.querySelector('.article-body')).not.toBeNull();
    expect((await t.app.inject({ url: `/admin/articles/${id}/preview` })).statusCode).toBe(303);
  });

  it('marks a full preview as not published, with the draft or scheduled state, never "Published" (issue 13)', async () => {
    const created = await editor.post('/admin/articles', { ...form({ headline: 'Draft in preview' }), action: 'save' });
    const id = articleIdFrom(created.headers.location as string);
    const draft = parseDocument((await editor.get(`/admin/articles/${id}/preview`)).body);
    expect(texts(draft, '.preview-banner')[0]).toMatch(/^Preview — not published Draft/);
    expect(texts(draft, '.timestamps')).toEqual(['Not published yet']);
    const { version } = await t.app.byline.services.articles.getArticle(id);
    await editor.post(`/admin/articles/${id}`, { ...form({ headline: 'Draft in preview', publishAt: '2026-11-30T09:00' }), version: String(version), action: 'schedule' });
    const scheduled = parseDocument((await editor.get(`/admin/articles/${id}/preview`)).body);
    expect(texts(scheduled, '.preview-banner')[0]).toMatch(/^Preview — not published Scheduled/);
    expect(texts(scheduled, '.timestamps')[0]).toMatch(/^Scheduled for November 30, 2026/);
    expect(scheduled.querySelector('main')?.textContent).not.toMatch(/Published/);
  });

  it('renders the live preview with the public sanitizer', async () => {
    const response = await editor.postJson('/admin/preview', { markdown: '## Hi\n\n<script>alert(1)</script>' });
    expect(response.json().html).toBe('<h2>Hi</h2>\n');
  });

  it('autosaves drafts, and answers a signed-out autosave with 401 so the browser keeps the text', async () => {
    const writer = await signIn(t.app, 'editor');
    const first = await writer.postJson('/admin/autosave', { ...form({ headline: 'Autosaved draft' }) });
    expect(first.statusCode).toBe(200);
    const { id, version } = first.json();
    const second = await writer.postJson(`/admin/autosave?id=${id}`, { ...form({ headline: 'Autosaved draft', bodyMarkdown: 'More words.' }), version: String(version) });
    expect(second.json().version).toBe(version + 1);
    await writer.post('/admin/logout', {});
    expect((await writer.postJson(`/admin/autosave?id=${id}`, form())).statusCode).toBe(401);
  });

  it('keeps a save that arrives after the session expired, and saves it once the writer signs in again', async () => {
    const writer = await signIn(t.app, 'author');
    const created = await writer.post('/admin/articles', { ...form({ headline: 'Long night', author1: String(writer.personId) }), action: 'save' });
    const id = articleIdFrom(created.headers.location as string);
    const edit = parseDocument((await writer.get(`/admin/articles/${id}/edit`)).body);
    const csrf = edit.querySelector('input[name="_csrf"]')!.getAttribute('value')!;
    const version = edit.querySelector('input[name="version"]')!.getAttribute('value')!;
    await t.app.byline.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('user_id', '=', writer.userId).execute(); // the session expires

    const late = await writer.post(`/admin/articles/${id}`, { ...form({ headline: 'Long night', author1: String(writer.personId), bodyMarkdown: 'Words written after midnight.' }), version, action: 'save' }, { csrf });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toContain('/admin/login');
    const login = await writer.post('/admin/login', { email: writer.email, password: writer.password });
    expect(login.headers.location).toBe(`/admin/articles/${id}/edit?saved=resumed`);
    expect((await t.app.byline.services.articles.getArticle(id)).bodyMarkdown).toBe('Words written after midnight.');
  });

  it('deletes an article for editors, and its public URL then answers 404', async () => {
    const created = await editor.post('/admin/articles', { ...form({ headline: 'Short-lived' }), action: 'publish' });
    const id = articleIdFrom(created.headers.location as string);
    const path = (await t.app.byline.services.articles.getArticle(id)).path!;
    expect((await editor.post(`/admin/articles/${id}/delete`, {})).statusCode).toBe(303);
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
  });
});
