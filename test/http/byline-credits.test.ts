// Bylines with per-article credits through the editor's form: any number of people, each a
// writer or credited for additional reporting, photographs…; the article page's byline and
// credit lines, its structured data (authors and contributors), and story cards naming writers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/people/people.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('bylines with credits', () => {
  let t: TestApp;
  let editor: Staff;
  let people: Person[];
  let sectionId: number;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    sectionId = (await make.section({ name: 'World', slug: 'world' })).id;
    people = [];
    for (const name of ['Ada Brook', 'Ben Carr', 'Cleo Dunn', 'Dev Eames', 'Eli Ford']) people.push(await make.person({ name, slug: name.toLowerCase().replace(' ', '-'), roleTitle: '' }));
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  const form = (rows: [number, string][], fields: Record<string, string> = {}) => ({
    headline: 'Floods reach the delta',
    sectionId: String(sectionId),
    bodyMarkdown: 'The river rose overnight.\n\nFarms were cleared.\n\nThe army helped.',
    action: 'publish',
    ...Object.fromEntries(rows.flatMap(([person, credit], i) => [[`author${i + 1}`, String(people[person]!.id)], [`author${i + 1}Credit`, credit]])),
    ...fields,
  });

  it('shows writers in the byline and the other credits after it, in the page and its structured data', async () => {
    const saved = await editor.post('/admin/articles', form([[0, 'author'], [1, 'author'], [2, 'additional-reporting'], [3, 'photographs'], [4, 'photographs']]), { tokenFrom: '/admin/articles/new' });
    expect(saved.statusCode).toBe(303);
    const [story] = (await t.app.byline.services.articles.listPublishedPage({}, {}, 1))!.items;
    const page = parseDocument((await t.app.inject({ url: story!.path })).body);
    expect(texts(page, '.article-meta .byline')).toEqual(['By Ada Brook and Ben Carr']);
    expect(texts(page, '.article-meta .byline-credit')).toEqual(['Additional reporting by Cleo Dunn.', 'Photographs by Dev Eames and Eli Ford.']);
    expect([...page.querySelectorAll('.article-meta a[rel="author"]')].map((a) => a.getAttribute('href'))).toEqual(['/author/ada-brook', '/author/ben-carr', '/author/cleo-dunn', '/author/dev-eames', '/author/eli-ford']);
    const data = [...page.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}')).find((d) => d['@type'] === 'NewsArticle');
    expect(data.author.map((p: { name: string }) => p.name)).toEqual(['Ada Brook', 'Ben Carr']);
    expect(data.contributor.map((p: { name: string }) => p.name)).toEqual(['Cleo Dunn', 'Dev Eames', 'Eli Ford']);
    // A story card names the writers only.
    const home = parseDocument((await t.app.inject({ url: '/' })).body);
    expect(texts(home, '.lead-story .byline')).toEqual(['By Ada Brook and Ben Carr']);
    // Every credited person's page lists the story.
    expect((await t.app.inject({ url: '/author/eli-ford' })).body).toContain('Floods reach the delta');

    // The editor shows each credit again, with two empty rows for more people.
    const edit = parseDocument((await editor.get(`/admin/articles/${story!.id}/edit`)).body);
    expect([...edit.querySelectorAll('select[name$="Credit"]')].map((s) => s.querySelector('option[selected]')?.getAttribute('value') ?? 'author')).toEqual(['author', 'author', 'additional-reporting', 'photographs', 'photographs', 'author', 'author']);
  });

  it('changes a credit on its own as an edit, and names the person alone when nobody is credited as writer', async () => {
    const [story] = (await t.app.byline.services.articles.listPublishedPage({}, {}, 1))!.items;
    const current = await t.app.byline.services.articles.getArticle(story!.id);
    const saved = await editor.post(`/admin/articles/${story!.id}`, form([[3, 'photographs']], { headline: current.headline, version: String(current.version), action: 'save' }), { tokenFrom: `/admin/articles/${story!.id}/edit` });
    expect(saved.statusCode).toBe(303);
    const page = parseDocument((await t.app.inject({ url: story!.path })).body);
    expect(texts(page, '.article-meta .byline')).toEqual(['By Dev Eames']);
    expect(page.querySelector('.byline-credit')).toBeNull();
    const revisions = await t.app.byline.services.articles.listRevisions(story!.id);
    expect(revisions.at(-1)!.changedFields).toEqual(expect.arrayContaining(['authorIds', 'credits']));
  });

  it('refuses an unknown credit beside its field, keeping the rest of the form', async () => {
    const refused = await editor.post('/admin/articles', form([[0, 'author'], [1, 'boss']], { headline: 'Kept headline', action: 'save' }), { tokenFrom: '/admin/articles/new' });
    expect(refused.statusCode).toBe(400);
    const doc = parseDocument(refused.body);
    expect(doc.querySelector('#author2Credit-error')).not.toBeNull();
    expect(doc.querySelector('#headline')?.getAttribute('value')).toBe('Kept headline');
  });
});
