// The public page cache: repeat views are served from memory, changes show at once, the comment
// form's token is fresh on every view, and a reader with a held comment is never served a
// shared page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('the page cache', () => {
  let t: TestApp;
  let article: Article;
  beforeAll(async () => {
    t = await buildTestApp();
    article = await factories(t.app).article({ headline: 'Cached headline', slug: 'cached-story' });
  });
  afterAll(() => t.close());

  const token = (body: string) => parseDocument(body).querySelector('input[name="formToken"]')?.getAttribute('value');

  it('serves a repeat view from memory, with a fresh form token each time', async () => {
    const first = await t.app.inject({ url: article.path! });
    expect(first.headers['x-cache']).toBeUndefined();
    t.clock.advance(1000);
    const second = await t.app.inject({ url: article.path! });
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers['content-security-policy']).toBeDefined();
    expect(token(second.body)).toMatch(/^[0-9a-z]+\.[\w-]+$/);
    expect(token(second.body)).not.toBe(token(first.body));
    expect(second.body.replace(/name="formToken" value="[^"]*"/, '')).toBe(first.body.replace(/name="formToken" value="[^"]*"/, ''));
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const page = await t.app.inject({ url: article.path! });
    const again = await t.app.inject({ url: article.path!, headers: { 'if-none-match': page.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it('shows an edit at once', async () => {
    await t.app.inject({ url: article.path! });
    await t.app.byline.services.articles.updateArticle(article.id, { headline: 'Corrected headline' });
    const page = await t.app.inject({ url: article.path! });
    expect(page.headers['x-cache']).toBeUndefined();
    expect(texts(parseDocument(page.body), 'h1')).toEqual(['Corrected headline']);
  });

  it('never serves or stores a page for a reader with a held comment', async () => {
    const someone = reader(t.app, t.clock);
    const posted = await someone.comment(article.path!, { body: 'Mine, awaiting moderation.' });
    const location = posted.headers.location as string;
    const mine = await someone.get(location.split('#')[0]!);
    expect(mine.headers['x-cache']).toBeUndefined();
    expect(mine.body).toContain('Your comment is awaiting moderation.');
    const public1 = await t.app.inject({ url: location.split('#')[0]! });
    expect(public1.body).not.toContain('awaiting moderation');
  });
});
