// The copy desk through the newsroom: findings in the editor without JavaScript and from the
// JSON check as the writer types, publishing refused on errors and overridden by an editor with
// a recorded reason, the archive's and registry's spellings from the real database, link states,
// and the settings that turn checks off and teach the dictionary the site's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/content/content.ts';
import type { Person } from '../../src/people/people.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

const articleIdFrom = (location: unknown) => Number(/\/admin\/articles\/(\d+)\/edit/.exec(String(location))?.[1]);

describe('the copy desk', () => {
  let t: TestApp;
  let section: Section;
  let editor: Staff;
  let author: Staff;
  let priyanka: Person;

  const form = (fields: Record<string, string> = {}) => ({
    headline: 'Council approves bus lanes',
    standfirst: 'The vote passed by 31 to 24.',
    sectionId: String(section.id),
    author1: String(author.personId),
    bodyMarkdown: 'The council voted late on Tuesday 24 November.\n\nThe lanes open in spring.',
    ...fields,
  });
  const check = (staff: Staff, fields: Record<string, string>, id?: number) => staff.postJson(`/admin/copydesk/check${id ? `?id=${id}` : ''}`, form(fields));

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    section = await make.section({ name: 'City', slug: 'city' });
    editor = await signIn(t.app, 'editor');
    author = await signIn(t.app, 'author');
    priyanka = await make.person({ name: 'Priyanka Sethi', slug: 'priyanka-sethi' });
    // The archive: three stories spell the mayor "Pellow".
    for (const n of [1, 2, 3]) await make.article({ sectionId: section.id, bodyMarkdown: `The mayor, Anthony Pellow, spoke on day ${n}.\n\nMr Pellow left.` });
  });
  afterAll(() => t.close());

  it('lists findings with their place, words and fix from the JSON check', async () => {
    const response = await check(author, { bodyMarkdown: 'It was the the end.\n\nThe vote is on Sunday 1 December.' });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.errors).toBe(2);
    expect(result.findings.map((f: { check: string; place: string; text: string; fix?: { replacement: string } }) => [f.check, f.place, f.text, f.fix?.replacement])).toEqual([
      ['doubled-words', 'Body, line 1', 'the the', 'the'],
      ['weekday-dates', 'Body, line 3', 'Sunday', 'Tuesday'],
    ]);
  });

  it('compares names with the archive and with the people registry, from the database', async () => {
    const archive = (await check(author, { bodyMarkdown: 'The mayor, Anthony Pelow, said no.' })).json();
    expect(archive.findings).toEqual([expect.objectContaining({ check: 'known-names', severity: 'warning', text: 'Pelow', message: expect.stringContaining('in 3 stories') })]);
    const byline = (await check(author, { author1: String(priyanka.id), bodyMarkdown: 'Additional reporting by Priyanka Sethy.' })).json();
    expect(byline.findings).toEqual([expect.objectContaining({ check: 'known-names', severity: 'error', text: 'Sethy', fix: expect.objectContaining({ replacement: 'Sethi' }) })]);
  });

  it('knows which internal links lead nowhere or to an unpublished story', async () => {
    const draft = await t.app.byline.services.articles.createArticle({ headline: 'Not out yet', slug: 'not-out-yet', sectionId: section.id, authorIds: [author.personId!] });
    const live = (await t.app.byline.services.articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
    const body = `See [this](/city/2026/11/28/not-out-yet), [that](/city/2026/11/28/never-was) and [the other](${live.path}).`;
    const result = (await check(author, { bodyMarkdown: body })).json();
    expect(result.findings.map((f: { check: string; text: string }) => [f.check, f.text])).toEqual([
      ['internal-links', '[this](/city/2026/11/28/not-out-yet)'],
      ['internal-links', '[that](/city/2026/11/28/never-was)'],
    ]);
    expect(draft.status).toBe('draft');
  });

  it('shows the findings in the editor without JavaScript', async () => {
    const saved = await author.post('/admin/articles', { ...form({ bodyMarkdown: 'She flew to Beijingthe next day.' }), action: 'save' });
    const page = parseDocument((await author.get(saved.headers.location as string)).body);
    expect(texts(page, '#copy-desk .finding mark')).toEqual(['Beijingthe']);
    expect(page.querySelector('#copy-desk .finding')?.getAttribute('data-replacement')).toBe('Beijing the');
    expect(page.querySelector('script[src*="copy-desk"]')).not.toBeNull();
  });

  it('refuses to publish over errors, keeping every word, and tells an author an editor can override', async () => {
    const body = 'It was the the end of a (long day.\n\nEverything else is fine.';
    const response = await author.post('/admin/articles', { ...form({ headline: 'Blocked story', bodyMarkdown: body }), action: 'publish' });
    expect(response.statusCode).toBe(422);
    const page = parseDocument(response.body);
    expect(page.querySelector('textarea[name="bodyMarkdown"]')?.textContent).toBe(body);
    expect(texts(page, '#copydesk-error')[0]).toContain('2 errors');
    expect(page.querySelector('textarea[name="copydeskOverride"]')).toBeNull();
    expect(texts(page, '#copy-desk .hint')[0]).toContain('An editor can publish over them');
    expect((await t.app.byline.services.desk.listDesk({ userId: 0, role: 'editor', personId: null }, { query: 'Blocked story' }, { page: 1, pageSize: 5 })).items).toHaveLength(0);
    const overriding = await author.post('/admin/articles', { ...form({ headline: 'Blocked story', bodyMarkdown: body }), action: 'publish', copydeskOverride: 'I insist.' });
    expect(overriding.statusCode).toBe(403);
  });

  it('lets an editor publish over errors with a reason, and records who, why and which errors', async () => {
    const body = 'It was the the end.';
    const refused = await editor.post('/admin/articles', { ...form({ headline: 'Overridden story', author1: String(editor.personId), bodyMarkdown: body }), action: 'publish' });
    expect(refused.statusCode).toBe(422);
    expect(parseDocument(refused.body).querySelector('textarea[name="copydeskOverride"]')).not.toBeNull();
    const response = await editor.post('/admin/articles', { ...form({ headline: 'Overridden story', author1: String(editor.personId), bodyMarkdown: body }), action: 'publish', copydeskOverride: 'The repetition is the title of the play.' });
    expect(response.statusCode).toBe(303);
    const id = articleIdFrom(response.headers.location);
    const article = await t.app.byline.services.articles.getArticle(id);
    expect(article.status).toBe('published');
    const [override] = await t.app.byline.services.copyDesk.listOverrides(id);
    expect(override).toMatchObject({ reason: 'The repetition is the title of the play.', version: article.version, findings: [expect.objectContaining({ check: 'doubled-words', text: 'the the' })] });
    expect(override!.userName).toMatch(/^Staff editor/);
    const page = parseDocument((await editor.get(`/admin/articles/${id}/edit`)).body);
    expect(texts(page, '.copydesk-overrides li')[0]).toContain('The repetition is the title of the play.');
  });

  it('publishes at once when there are only warnings', async () => {
    const response = await author.post('/admin/articles', { ...form({ headline: 'Warned story.', bodyMarkdown: 'A clean body with a goverment typo.' }), action: 'publish' });
    expect(response.statusCode).toBe(303);
  });

  it('runs only the checks the site keeps on, and learns the site’s own words', async () => {
    const admin = await signIn(t.app, 'administrator');
    const settingsPage = parseDocument((await admin.get('/admin/settings/copy-desk')).body);
    const enabled = [...settingsPage.querySelectorAll('input[name="enabled"]')].map((input) => input.getAttribute('value')!);
    expect(enabled).toContain('doubled-words');
    const keep = enabled.filter((id) => id !== 'doubled-words');
    const payload = new URLSearchParams([...keep.map((id) => ['enabled', id]), ['copyDeskWords', 'boda\nmatatu'], ['publicHistory', 'corrected'], ['_csrf', await admin.csrf('/admin/settings/copy-desk')]]).toString();
    const saved = await t.app.inject({ method: 'POST', url: '/admin/settings/copy-desk', payload, headers: { cookie: [...admin.jar].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' } });
    expect(saved.statusCode).toBe(303);
    const result = (await check(author, { bodyMarkdown: 'It was the the boda and matatu.' })).json();
    expect(result.findings).toEqual([]);
    const published = await author.post('/admin/articles', { ...form({ headline: 'Doubled but allowed', bodyMarkdown: 'It was the the end.' }), action: 'publish' });
    expect(published.statusCode).toBe(303);
    await t.app.byline.services.settings.updateSiteSettings({ copyDeskDisabled: [], copyDeskWords: [] });
  });

  it('answers bad input to the JSON check with a clear 4xx', async () => {
    expect((await author.postJson('/admin/copydesk/check', ['not', 'an', 'object'])).statusCode).toBe(400);
    expect((await author.postJson('/admin/copydesk/check?id=abc', {})).statusCode).toBe(400);
    expect((await author.postJson('/admin/copydesk/check?id=999999', {})).statusCode).toBe(404);
    const signedOut = await t.app.inject({ method: 'POST', url: '/admin/copydesk/check', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect([401, 403]).toContain(signedOut.statusCode);
  });
});
