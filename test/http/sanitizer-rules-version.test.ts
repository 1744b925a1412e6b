// Issue 8: stored article HTML was never sanitized again when the sanitizer's rules changed, so a
// body saved under weaker rules kept whatever they let through. Each body now carries the rules
// version that made it, and the background job renders older ones again from their Markdown —
// in batches, without a revision, a new version or a changed time — and drops their cached pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { renderMarkdown } from '../../src/content/markdown/render-markdown.ts';
import { SANITIZER_RULES_VERSION } from '../../src/content/markdown/sanitize-body.ts';
import { listStaleBodies, rewriteBody } from '../../src/content/stored-html.repository.ts';
import { createJobRunner } from '../../src/jobs.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

const quiet = { error: () => {}, info: () => {} };
const unsafe = '<p>Stored under old rules</p><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">tap</a>';

describe('stored HTML and the sanitizer rules version', () => {
  let t: TestApp;
  let runJobs: ReturnType<typeof createJobRunner>;
  beforeAll(async () => {
    t = await buildTestApp();
    runJobs = createJobRunner(t.app.byline, quiet);
  });
  afterAll(() => t.close());

  const db = () => t.app.byline.db;
  const articleRow = (id: number) => db().selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const revisions = async (id: number) => Number((await db().selectFrom('article_revisions').select((eb) => eb.fn.countAll().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow()).n);
  /** As a body stored by an older release: made under rules older than today's, with what they let through. */
  const storeUnderOldRules = (table: 'articles' | 'pages', id: number, html = unsafe) => db().updateTable(table).set({ body_html: html, body_html_rules: SANITIZER_RULES_VERSION - 1 }).where('id', '=', id).execute();
  const page = async (url: string) => {
    await t.app.cacheInvalidation.settled();
    return t.app.inject({ url });
  };

  it('stores every new article and page body with the current rules version', async () => {
    const article = await factories(t.app).article();
    expect((await articleRow(article.id)).body_html_rules).toBe(SANITIZER_RULES_VERSION);
    const about = await t.app.byline.services.pages.createPage({ title: 'About us', bodyMarkdown: 'Who we are.', status: 'published' });
    expect((await db().selectFrom('pages').select('body_html_rules').where('id', '=', about.id).executeTakeFirstOrThrow()).body_html_rules).toBe(SANITIZER_RULES_VERSION);
  });

  it('renders an article stored under older rules again, with no revision, version or time changed, and drops its cached page', async () => {
    const markdown = 'The harbour vote passed after a long night.\n\nIt was close.';
    const article: Article = await factories(t.app).article({ bodyMarkdown: markdown, publishedAt: new Date('2026-11-20T09:00:00Z') });
    await storeUnderOldRules('articles', article.id);
    // The page as readers got it under the old rules, cached.
    await t.app.pageCache.purge([`a:${article.id}`]);
    expect((await page(article.path!)).body).toContain('onerror="alert(1)"');
    expect((await page(article.path!)).headers['x-cache']).toBe('hit');
    const before = await articleRow(article.id);
    const revisionsBefore = await revisions(article.id);

    await runJobs();

    const after = await articleRow(article.id);
    const expected = renderMarkdown(markdown);
    expect(after.body_html).toBe(expected.html);
    expect(after.body_break).toBe(expected.breakOffset);
    expect(after.body_html_rules).toBe(SANITIZER_RULES_VERSION);
    expect({ published: after.published_at, updated: after.updated_at, modified: after.modified_at, version: after.version, markdown: after.body_markdown }).toEqual({ published: before.published_at, updated: before.updated_at, modified: before.modified_at, version: before.version, markdown: before.body_markdown });
    expect(await revisions(article.id)).toBe(revisionsBefore);
    const served = await page(article.path!);
    expect(served.headers['x-cache']).not.toBe('hit');
    const body = parseDocument(served.body).querySelector('.article-body')!;
    expect(body.textContent).toContain('The harbour vote passed');
    expect(body.textContent).not.toContain('Stored under old rules');
    expect(served.body).not.toMatch(/onerror|javascript:alert/);
  });

  it('renders a site page stored under older rules again and drops its cached copy', async () => {
    const contact = await t.app.byline.services.pages.createPage({ title: 'Contact', bodyMarkdown: 'Write to the desk.', status: 'published' });
    await storeUnderOldRules('pages', contact.id);
    await t.app.pageCache.purge([`pg:${contact.id}`]);
    expect((await page('/contact')).body).toContain('Stored under old rules');
    await runJobs();
    const served = await page('/contact');
    expect(served.body).toContain('Write to the desk.');
    expect(served.body).not.toContain('Stored under old rules');
    expect((await db().selectFrom('pages').selectAll().where('id', '=', contact.id).executeTakeFirstOrThrow()).updated_at).toBe(contact.updatedAt.toISOString());
  });

  it('leaves alone a body made under the current rules', async () => {
    const article = await factories(t.app).article({ bodyMarkdown: 'Plain words.' });
    const kept = '<p>Rendered under today’s rules, kept as stored.</p>\n';
    await db().updateTable('articles').set({ body_html: kept }).where('id', '=', article.id).execute();
    const outcome = await t.app.byline.services.storedHtml.resanitize();
    expect(outcome).toEqual({ checked: 0, changed: 0, remaining: 0 });
    expect((await articleRow(article.id)).body_html).toBe(kept);
  });

  it('works in batches, stops when its time budget is spent, and counts what is left', async () => {
    const make = factories(t.app);
    const stale = [];
    for (let i = 0; i < 5; i++) stale.push(await make.article({ bodyMarkdown: `Batch story ${i}.` }));
    for (const article of stale) await storeUnderOldRules('articles', article.id);
    const { storedHtml } = t.app.byline.services;
    expect(await storedHtml.countStale()).toBe(5);
    expect(await storedHtml.resanitize({ budgetMs: 0 })).toEqual({ checked: 0, changed: 0, remaining: 5 });
    const progress: number[] = [];
    expect(await storedHtml.resanitize({ batchSize: 2, onProgress: (done) => progress.push(done) })).toEqual({ checked: 5, changed: 5, remaining: 0 });
    expect(progress).toEqual([2, 4, 5]);
  });

  it('does not overwrite a save that lands between reading a stale body and rewriting it', async () => {
    const article = await factories(t.app).article({ bodyMarkdown: 'First words.' });
    await storeUnderOldRules('articles', article.id);
    const [read] = (await listStaleBodies(db(), 'articles', SANITIZER_RULES_VERSION, article.id - 1, 1, false)).filter((body) => body.id === article.id);
    await t.app.byline.services.articles.updateArticle(article.id, { bodyMarkdown: 'Words saved meanwhile.' });
    expect(await rewriteBody(db(), 'articles', read!, { body_html: '<p>First words.</p>\n', body_html_rules: SANITIZER_RULES_VERSION, body_break: 0 })).toBe(false);
    expect((await articleRow(article.id)).body_html).toContain('Words saved meanwhile.');
  });
});
