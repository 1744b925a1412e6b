// Pins and exclusions teach related articles: once an editor excludes a suggestion that only
// shared a setting (a football club), other pairs sharing that setting get less from it; once an
// editor pins one, other pairs sharing what the two share get more. Undoing either forgets the
// lesson, as does deleting the article. Checked through the editor's Related panel (its
// confidence and its notes), on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import * as pinTermsMigration from '../../src/db/migrations/2026-12-04-1005-related-pin-terms.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('learning from pins and exclusions', () => {
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

  /** What the editor's panel says of `related` among `article`'s suggestions (undefined if not shown). */
  async function why(article: Article, related: Article): Promise<string | undefined> {
    const page = parseDocument((await editor.get(`/admin/articles/${article.id}/edit`)).body);
    const i = texts(page, '.related-panel ol li > a').indexOf(related.headline);
    return i < 0 ? undefined : texts(page, '.related-panel .related-why')[i];
  }

  /** The confidence the editor's panel gives `related` among `article`'s suggestions (undefined if not shown). */
  async function confidence(article: Article, related: Article): Promise<number | undefined> {
    const text = await why(article, related);
    return text === undefined ? undefined : Number(/Confidence (\d+)%/.exec(text)![1]);
  }

  const act = async (article: Article, action: 'pin' | 'exclude' | 'clear', related: Article) => {
    const response = await editor.post(`/admin/articles/${article.id}/related`, { action, related: String(related.id) });
    expect(response.statusCode).toBe(303);
  };

  /** What the pin or exclusion of `related` on `article` taught, as stored. */
  const taught = async (article: Article, related: Article) =>
    (await t.app.byline.db.selectFrom('related_pin_terms').select('term').where('article_id', '=', article.id).where('related_id', '=', related.id).orderBy('term').execute()).map((row) => row.term);

  it('weakens what an excluded pair shared for similar pairs, and forgets it when allowed again', async () => {
    const before = await confidence(protest, cup);
    expect(before).toBeGreaterThan(0);
    await act(protest, 'exclude', academy);
    expect((await taught(protest, academy)).length).toBeGreaterThan(0);
    const after = await confidence(protest, cup); // here below the threshold: not shown
    expect(after ?? 0).toBeLessThan(before!);
    // The panel's list of exclusions says what this one taught.
    const page = parseDocument((await editor.get(`/admin/articles/${protest.id}/edit`)).body);
    expect(texts(page, '.related-panel ul li .related-taught')).toEqual([expect.stringMatching(/^Counts for less in other pairs: .*person: kiln bank/)]);
    await act(protest, 'clear', academy);
    expect(await taught(protest, academy)).toEqual([]);
    expect(await confidence(protest, cup)).toBe(before);
    expect(await why(protest, cup)).not.toContain('weighted');
  });

  it('strengthens what a pinned pair shares for similar pairs, in place of an exclusion of the pair, and forgets it when unpinned', async () => {
    const before = await confidence(protest, cup);
    await act(protest, 'exclude', academy);
    const excluded = await confidence(protest, cup);
    await act(protest, 'pin', academy); // the pin undoes the exclusion and what it taught
    const pinned = await confidence(protest, cup);
    expect(pinned).toBeGreaterThan(before!);
    expect(pinned).toBeGreaterThan(excluded ?? 0);
    expect(await why(protest, cup)).toContain('(weighted up by a pin)');
    expect(await why(protest, cup)).not.toContain('weighted down');
    await act(protest, 'clear', academy);
    expect(await confidence(protest, cup)).toBe(before);
  });

  it('keeps each lesson with its pin, so a migrated exclusion teaches what the service taught', async () => {
    await act(protest, 'exclude', academy);
    await act(cup, 'pin', academy);
    const lessons = [await taught(protest, academy), await taught(cup, academy)];
    // The migration rebuilt the old table's exclusions by working their terms out again in SQL:
    // down and up again must give each exclusion the terms the service picked.
    const db = t.app.byline.db as unknown as Parameters<typeof pinTermsMigration.up>[0];
    await pinTermsMigration.down(db);
    await pinTermsMigration.up(db);
    expect(await taught(protest, academy)).toEqual(lessons[0]);
    expect(await taught(cup, academy)).toEqual([]); // pins were not learned from before the migration
    await act(protest, 'clear', academy);
    await act(cup, 'clear', academy);
  });

  it("purges the page of the other article when what it shows changes", async () => {
    // The lesson re-scores the excluded article's own list too; readers of its (cached) page see that at once.
    const seeAlso = async (article: Article) => texts(parseDocument((await t.app.inject({ url: article.path! })).body), '.see-also a');
    expect(await seeAlso(academy)).toHaveLength(1);
    expect(await seeAlso(academy)).toHaveLength(1); // now served from the page cache
    await act(protest, 'exclude', academy);
    expect(await seeAlso(academy)).toEqual([]);
    await act(protest, 'clear', academy);
    expect(await seeAlso(academy)).toHaveLength(1);
  });

  it("forgets what a deleted article's pins taught", async () => {
    const doomed = await factories(t.app).article({ headline: 'Ashbridge Rovers sign a goalkeeper on loan', tags: ['Ashbridge Rovers'], bodyMarkdown: 'The keeper joins until the end of the season.\n\nAshbridge Rovers play at the Kiln Bank ground in Ashbridge, where the club has played since 1902.' });
    await act(protest, 'pin', doomed);
    expect((await taught(protest, doomed)).length).toBeGreaterThan(0);
    await t.app.byline.services.desk.deleteArticle(doomed.id);
    expect(await t.app.byline.db.selectFrom('related_pin_terms').select('term').where('related_id', '=', doomed.id).execute()).toEqual([]);
  });
});
