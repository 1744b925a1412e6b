// Corrections and updates readers can see. An edit to a published story made in the editor must
// say what kind of change it is; the copy desk refuses "silent" for a changed number, name or
// quotation. A correction then shows in all four places: the dated notice on the story, its
// JSON-LD, /corrections and its feeds; and the public history page shows what changed.
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Section } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';
import { parseXml } from '../helpers/xml.ts';

const newsArticle = (html: string) =>
  [...parseDocument(html).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}')).find((data) => data['@type'] === 'NewsArticle');

describe('corrections and updates', () => {
  let t: TestApp;
  let section: Section;
  let editor: Staff;
  let story: Article;

  const body = 'The council voted by 31 votes to 24 on Tuesday 24 November.\n\n"We have waited a decade," said the leader, Katarzyna Nowak.\n\nThe goverment was not consulted.';
  const fields = (article: Article, changes: Record<string, string>) => ({
    headline: article.headline,
    standfirst: article.standfirst,
    sectionId: String(article.section.id),
    author1: String(article.authors[0]!.id),
    bodyMarkdown: article.bodyMarkdown,
    version: String(article.version),
    action: 'save',
    ...changes,
  });
  const current = () => t.app.byline.services.articles.getArticle(story.id);

  beforeAll(async () => {
    t = await buildTestApp();
    section = await t.app.byline.services.taxonomy.createSection({ name: 'City', slug: 'city' });
    editor = await signIn(t.app, 'editor');
    const published = await editor.post('/admin/articles', { headline: 'Council approves bus lanes', standfirst: 'A long night of debate.', sectionId: String(section.id), author1: String(editor.personId), bodyMarkdown: body, action: 'publish' });
    expect(published.statusCode).toBe(303);
    story = await t.app.byline.services.articles.getArticle(Number(/articles\/(\d+)/.exec(published.headers.location as string)![1]));
  });
  afterAll(() => t.close());

  it('asks what kind of change an edit to a published story is, keeping the text', async () => {
    const edited = body.replace('31 votes to 24', '32 votes to 23');
    const response = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: edited }));
    expect(response.statusCode).toBe(422);
    const page = parseDocument(response.body);
    expect(texts(page, '#changeKind-error')[0]).toContain('a number');
    expect(page.querySelector('textarea[name="bodyMarkdown"]')?.textContent).toBe(edited.replaceAll('"', '&quot;'));
  });

  it('refuses a changed number as a silent fix, and asks for the note of a correction', async () => {
    const edited = body.replace('31 votes to 24', '32 votes to 23');
    const silent = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: edited, changeKind: 'silent' }));
    expect(silent.statusCode).toBe(422);
    expect(texts(parseDocument(silent.body), '#changeKind-error')[0]).toContain('a number');
    const noNote = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: edited, changeKind: 'correction' }));
    expect(texts(parseDocument(noNote.body), '#changeNote-error')[0]).toContain('correction note');
    const quote = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: body.replace('waited a decade', 'waited ten years'), changeKind: 'silent' }));
    expect(texts(parseDocument(quote.body), '#changeKind-error')[0]).toContain('a quotation');
    expect((await current()).version).toBe(story.version);
  });

  it('lets a typo go out silently: nothing is shown to readers', async () => {
    const response = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: body.replace('goverment', 'government'), changeKind: 'silent' }));
    expect(response.statusCode).toBe(303);
    story = await current();
    const page = parseDocument((await t.app.inject({ url: story.path! })).body);
    expect(page.querySelector('.correction-notice')).toBeNull();
    expect(page.querySelector('.article-updates')).toBeNull();
    expect((await t.app.inject({ url: `${story.path}/history` })).statusCode).toBe(404);
  });

  it('shows a correction in all four places: the story, its JSON-LD, /corrections and its feeds', async () => {
    const before = await t.app.inject({ url: story.path! });
    expect(newsArticle(before.body).correction).toBeUndefined();
    expect((await t.app.inject({ url: story.path! })).headers['x-cache']).toBe('hit');

    t.clock.advance(3 * 3_600_000);
    const note = 'An earlier version of this article gave the vote as 31 to 24. It was 32 to 23.';
    const response = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: story.bodyMarkdown.replace('31 votes to 24', '32 votes to 23'), changeKind: 'correction', changeNote: note }));
    expect(response.statusCode).toBe(303);
    story = await current();

    const page = await t.app.inject({ url: story.path! });
    expect(page.headers['x-cache']).not.toBe('hit');
    const document = parseDocument(page.body);
    const notice = document.querySelector('aside.correction-notice');
    expect(notice?.textContent).toContain(note);
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe(t.clock.now().toISOString());
    // Near the top: after the header, before the body.
    expect(page.body.indexOf('correction-notice')).toBeLessThan(page.body.indexOf('class="article-body"'));
    expect(page.body.indexOf('correction-notice')).toBeGreaterThan(page.body.indexOf('class="headline"'));
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(`${story.path}/history`);

    const data = newsArticle(page.body);
    expect(data.dateModified).toBe(t.clock.now().toISOString());
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: note, datePublished: t.clock.now().toISOString() }]);

    const list = parseDocument((await t.app.inject({ url: '/corrections' })).body);
    expect(texts(list, '.correction-entry .correction-note')).toEqual([note]);
    expect(list.querySelector('.correction-entry a')?.getAttribute('href')).toMatch(new RegExp(`^${story.path}#note-\\d+$`));
    expect(list.querySelector('link[type="application/rss+xml"][href="https://news.example.test/corrections/feed.xml"]')).not.toBeNull();

    const rss = await new Parser().parseString((await t.app.inject({ url: '/corrections/feed.xml' })).body);
    expect(rss.items.map((item) => [item.title, item.contentSnippet?.split('\n')[0]])).toEqual([['Correction: Council approves bus lanes', note]]);
    const atom = parseXml((await t.app.inject({ url: '/corrections/feed.atom' })).body);
    expect(atom.feed.entry[0].title['#text'] ?? atom.feed.entry[0].title).toBe('Correction: Council approves bus lanes');
    const json = (await t.app.inject({ url: '/corrections/feed.json' })).json();
    expect(json.items).toEqual([expect.objectContaining({ title: 'Correction: Council approves bus lanes', summary: note, url: expect.stringContaining(`${story.path}#note-`) })]);
  });

  it('shows what changed on the public history page, word by word', async () => {
    const response = await t.app.inject({ url: `${story.path}/history` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toMatch(/^public/);
    const page = parseDocument(response.body);
    const latest = page.querySelector('.history-version')!;
    expect(latest.querySelector('.history-note')?.textContent).toContain('An earlier version of this article gave the vote');
    expect(texts(latest as unknown as Document, '.diff del')).toEqual(['31', '24']);
    expect(texts(latest as unknown as Document, '.diff ins')).toEqual(['32', '23']);
    // The silent typo fix is a version too, labelled as such.
    expect(texts(page, '.history-note')).toContain('Minor fix (spelling or punctuation)');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  it('puts an update at the foot of the story', async () => {
    const note = 'This article was updated with the date work begins.';
    const response = await editor.post(`/admin/articles/${story.id}`, fields(story, { bodyMarkdown: `${story.bodyMarkdown}\n\nWork begins in February.`, changeKind: 'update', changeNote: note }));
    expect(response.statusCode).toBe(303);
    story = await current();
    const html = (await t.app.inject({ url: story.path! })).body;
    expect(parseDocument(html).querySelector('aside.article-updates')?.textContent).toContain(note);
    expect(html.indexOf('article-updates')).toBeGreaterThan(html.indexOf('class="article-body"'));
    expect(texts(parseDocument((await t.app.inject({ url: '/corrections' })).body), '.correction-note')).toHaveLength(1);
  });

  it('follows the site setting for history pages', async () => {
    const { settings, articles } = t.app.byline.services;
    await settings.updateSiteSettings({ publicHistory: 'off' });
    expect((await t.app.inject({ url: `${story.path}/history` })).statusCode).toBe(404);
    expect(parseDocument((await t.app.inject({ url: story.path! })).body).querySelector('.correction-notice a')).toBeNull();
    // An update alone gives no history page by default; "all" gives one.
    await settings.updateSiteSettings({ publicHistory: 'corrected' });
    const other = await articles.createArticle({ headline: 'Another story', sectionId: section.id, authorIds: [editor.personId!], status: 'published', bodyMarkdown: 'First text.' });
    await articles.updateArticle(other.id, { bodyMarkdown: 'First text, with more.' }, { note: { kind: 'update', text: 'More text.' } });
    const path = (await articles.getArticle(other.id)).path!;
    expect((await t.app.inject({ url: `${path}/history` })).statusCode).toBe(404);
    await settings.updateSiteSettings({ publicHistory: 'all' });
    expect((await t.app.inject({ url: `${path}/history` })).statusCode).toBe(200);
    await settings.updateSiteSettings({ publicHistory: 'corrected' });
  });

  it('sends an old address of the history page to the current one', async () => {
    const [, sectionSlug, y, m, d, slug] = story.path!.split('/');
    const response = await t.app.inject({ url: `/${sectionSlug}/${y}/${m}/${String(Number(d) + 1).padStart(2, '0')}/${slug}/history` });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(`${story.path}/history`);
  });
});
