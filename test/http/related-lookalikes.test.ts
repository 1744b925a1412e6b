// Related articles on look-alike local stories: three hospital stories and three council
// stories, all at the same two institutions in the same towns with the same tags, among
// one-off articles on the same beats (the hard corpus's generator, small and seeded). "See also"
// must come from the article's own story, one-offs mostly get none, and an editor's story field
// outranks everything; the editor explains each suggestion and suggests the story.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHardCorpus } from '../../bench/related-hard-corpus.ts';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { publishCorpus } from '../helpers/publish-corpus.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('related articles on look-alike stories', () => {
  let t: TestApp;
  let editor: Staff;
  const storyOf = new Map<number, number>();
  const published: Article[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    for (const { article, item } of await publishCorpus(t.app, buildHardCorpus(7, { stories: 6, loners: 24, kindCount: 2 }), 'lookalike')) {
      storyOf.set(article.id, item.cluster);
      published.push(article);
    }
    editor = await signIn(t.app, 'editor');
  }, 240_000);
  afterAll(() => t.close());

  const firstLink = async (article: Article) => (await t.app.byline.services.articles.findRelated({ id: article.id }, 1))[0]?.id;

  it('links story articles to their own story first (at least 90 %), a look-alike at most once in the fixture', async () => {
    const stories = published.filter((article) => storyOf.get(article.id)! >= 0);
    const first = await Promise.all(stories.map(firstLink));
    const wrong = stories.filter((article, i) => first[i] !== undefined && storyOf.get(first[i]!) !== storyOf.get(article.id));
    const right = stories.filter((article, i) => first[i] !== undefined && storyOf.get(first[i]!) === storyOf.get(article.id));
    expect(wrong.length, wrong.map((article) => article.headline).join('; ')).toBeLessThanOrEqual(1);
    expect(right.length / stories.length).toBeGreaterThanOrEqual(0.9);
  });

  it('an editor’s story puts its articles first, whatever their words, and the editor says why', async () => {
    const { articles } = t.app.byline.services;
    // A one-off and a story article that share only the setting: the editor says they belong together.
    const loner = published.find((article) => storyOf.get(article.id) === -1)!;
    const member = published.find((article) => storyOf.get(article.id) === 0)!;
    await articles.updateArticle(loner.id, { story: 'Hospital  car park row ' });
    await articles.updateArticle(member.id, { story: 'hospital car park row' });
    expect(await firstLink(loner)).toBe(member.id);
    expect(await firstLink(member)).toBe(loner.id);
    const page = parseDocument((await editor.get(`/admin/articles/${member.id}/edit`)).body);
    expect((page.querySelector('#story') as unknown as { getAttribute(name: string): string }).getAttribute('value')).toBe('hospital car park row');
    const why = texts(page, '.related-panel .related-why');
    expect(why[0]).toContain('Confidence 100%');
    expect(why[0]).toContain('same story');
    expect(why.slice(1).every((text) => /Confidence \d+%; shares /.test(text))).toBe(true);
  });

  it('suggests the story an article’s closest matches belong to', async () => {
    const { articles } = t.app.byline.services;
    const members = published.filter((article) => storyOf.get(article.id) === 1);
    for (const article of members.slice(1)) await articles.updateArticle(article.id, { story: 'Larch Ward inquiry' });
    const page = parseDocument((await editor.get(`/admin/articles/${members[0]!.id}/edit`)).body);
    expect(texts(page, '.story-suggestion')[0]).toContain('Larch Ward inquiry');
    expect(page.querySelectorAll('#story-suggestions option').length).toBe(1);
    const filled = parseDocument((await editor.get(`/admin/articles/${members[1]!.id}/edit`)).body);
    expect(texts(filled, '.story-suggestion')).toEqual([]);
  });
});
