// Editors pin or exclude related stories from the editor, and readers see the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('related stories in the editor', () => {
  let t: TestApp;
  let editor: Staff;
  let main: Article;
  let close: Article;
  let unrelated: Article;

  const seeAlso = async () => texts(parseDocument((await t.app.inject({ url: main.path! })).body), '.see-also a');

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const body = (topic: string) => Array.from({ length: 5 }, (_, i) => `Paragraph ${i} about ${topic}.`).join('\n\n');
    main = await make.article({ headline: 'Water treaty talks resume in Geneva', slug: 'water-treaty-resume', tags: ['Water treaty'], bodyMarkdown: body('the water treaty negotiators in Geneva and the river basin') });
    close = await make.article({ headline: 'Water treaty negotiators agree on river basin data', slug: 'water-treaty-data', tags: ['Water treaty'], bodyMarkdown: body('the water treaty negotiators sharing river basin data in Geneva') });
    unrelated = await make.article({ headline: 'Opera house reopens after renovation', slug: 'opera-reopens', tags: ['Opera'], bodyMarkdown: body('singers, the orchestra and the restored opera house') });
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  it('shows what readers will see, and pins a story by its address', async () => {
    const edit = parseDocument((await editor.get(`/admin/articles/${main.id}/edit`)).body);
    expect(texts(edit, '.related-panel ol a')).toEqual([close.headline]);
    expect(await seeAlso()).toEqual([close.headline]);
    const pinned = await editor.post(`/admin/articles/${main.id}/related`, { action: 'pin', related: `https://news.example.test${unrelated.path}` });
    expect(pinned.statusCode).toBe(303);
    expect(await seeAlso()).toEqual([unrelated.headline]);
  });

  it('excludes a story, and allows it again', async () => {
    await editor.post(`/admin/articles/${main.id}/related`, { action: 'clear', related: String(unrelated.id) });
    await editor.post(`/admin/articles/${main.id}/related`, { action: 'exclude', related: close.slug });
    expect(await seeAlso()).toEqual([]);
    await editor.post(`/admin/articles/${main.id}/related`, { action: 'clear', related: close.slug });
    expect(await seeAlso()).toEqual([close.headline]);
  });

  it('says so when the story cannot be found', async () => {
    const response = await editor.post(`/admin/articles/${main.id}/related`, { action: 'pin', related: 'no-such-story' });
    const page = parseDocument((await editor.get(response.headers.location as string)).body);
    expect(texts(page, '#pin-related-error')[0]).toContain('no-such-story');
  });

  it('is refused to someone who may not edit the article', async () => {
    const contributor = await signIn(t.app, 'contributor');
    expect((await contributor.post(`/admin/articles/${main.id}/related`, { action: 'exclude', related: close.slug })).statusCode).toBe(403);
  });
});
