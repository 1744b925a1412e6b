// Exclusions teach related articles: once an editor excludes a suggestion that only shared a
// setting (a football club), other pairs sharing that setting get less from it; allowing the
// pair again forgets the lesson. Checked through the editor's Related panel (its confidence).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('learning from exclusions', () => {
  let t: TestApp;
  let editor: Staff;
  let protest: Article;
  let academy: Article;
  let cup: Article;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const setting = 'Ashbridge Rovers play at the Kiln Bank ground in Ashbridge, where the club has played since 1902.';
    protest = await make.article({ headline: 'Ashbridge Rovers fans protest over points deduction', tags: ['Ashbridge Rovers'], bodyMarkdown: `Supporters marched against the points deduction imposed by the league.\n\n${setting}` });
    academy = await make.article({ headline: 'Ashbridge Rovers academy graduate signs first deal', tags: ['Ashbridge Rovers'], bodyMarkdown: `The teenage striker from the academy signed a three-year contract.\n\n${setting}` });
    cup = await make.article({ headline: 'Ashbridge Rovers women lift the county cup', tags: ['Ashbridge Rovers'], bodyMarkdown: `The women's team won the county cup final on penalties.\n\n${setting}` });
    for (const [headline, body] of [
      ['Opera house reopens after renovation', 'Singers and the orchestra returned to the restored hall.'],
      ['Frost warning for the weekend', 'Forecasters expect temperatures below freezing on Saturday night.'],
      ['Bakery chain opens tenth shop', 'The family firm sells bread, cakes and pies from a new counter.'],
      ['Museum buys a medieval map', 'Curators say the map shows the river before it was straightened.'],
    ]) await make.article({ headline, bodyMarkdown: body });
    // Every list scored with the final IDFs, as the comparison below re-scores them.
    await t.app.byline.services.related.rebuildIndex();
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  /** The confidence the editor's panel gives `related` among `article`'s suggestions (undefined if not shown). */
  async function confidence(article: Article, related: Article): Promise<number | undefined> {
    const page = parseDocument((await editor.get(`/admin/articles/${article.id}/edit`)).body);
    const headlines = texts(page, '.related-panel ol li > a');
    const why = texts(page, '.related-panel .related-why');
    const i = headlines.indexOf(related.headline);
    return i < 0 ? undefined : Number(/Confidence (\d+)%/.exec(why[i]!)![1]);
  }

  it('weakens what an excluded pair shared for similar pairs, and forgets it when allowed again', async () => {
    const before = await confidence(protest, cup);
    expect(before).toBeGreaterThan(0);
    expect((await editor.post(`/admin/articles/${protest.id}/related`, { action: 'exclude', related: String(academy.id) })).statusCode).toBe(303);
    const after = await confidence(protest, cup);
    expect(after ?? 0).toBeLessThan(before!);
    await editor.post(`/admin/articles/${protest.id}/related`, { action: 'clear', related: String(academy.id) });
    expect(await confidence(protest, cup)).toBe(before);
  });
});
