// Related articles on the article page: "See also" and the Related list stay on topic, leave
// a story alone when nothing is close, follow editors' pins and exclusions, and stay current as
// stories are published, edited, withdrawn and deleted. Lists are stored at save time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

describe('related articles', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let talks: Article;
  let signed: Article;
  let farmers: Article;
  let rates: Article;
  let governor: Article;
  let obituary: Article;

  /** What the article page links from "See also" and from the Related list. */
  async function suggestions(article: Article): Promise<{ seeAlso: string | null; related: string[] }> {
    const response = await t.app.inject({ url: article.path! });
    expect(response.statusCode).toBe(200);
    const doc = parseDocument(response.body);
    return {
      seeAlso: doc.querySelector('.article-body .see-also a')?.getAttribute('href') ?? null,
      related: [...doc.querySelectorAll('.related .story-headline a')].map((a) => a.getAttribute('href')!),
    };
  }

  const storedListsContaining = async (id: number) =>
    (await t.app.byline.db.selectFrom('related_articles').select('article_id').where('related_id', '=', id).execute()).map((row) => row.article_id);

  beforeAll(async () => {
    t = await buildTestApp();
    make = factories(t.app);
    const world = await make.section({ name: 'World', slug: 'world' });
    const business = await make.section({ name: 'Business', slug: 'business' });
    const culture = await make.section({ name: 'Culture', slug: 'culture' });
    const [amara, greta, hugo] = [await make.person({ name: 'Amara Osei' }), await make.person({ name: 'Greta Holm' }), await make.person({ name: 'Hugo Brandt' })];
    const desk = { sectionId: world.id, authorIds: [amara.id] };
    talks = await make.article({
      ...desk,
      headline: 'Basin states open talks on sharing the Lessar river',
      tags: ['Water', 'Diplomacy'],
      standfirst: 'Negotiators from four countries meet in Geneva to divide a shrinking river.',
      bodyMarkdown: 'Delegations from the four Lessar basin states sat down in Geneva on Monday to negotiate a water treaty.\n\nThe upstream dam and its reservoir decide how much water reaches farmers downstream in the dry season.\n\nNegotiators said irrigation quotas and dam releases would be the hardest questions.',
    });
    signed = await make.article({
      ...desk,
      headline: 'Lessar water treaty signed after all-night session',
      tags: ['Water', 'Diplomacy'],
      standfirst: 'The basin states agree how the river is shared in dry years.',
      bodyMarkdown: 'After a night of negotiation in Geneva, the four basin states signed the Lessar water treaty.\n\nThe treaty sets dam releases for the dry season and irrigation quotas for each country.\n\nA basin commission will check river flows each month.',
    });
    farmers = await make.article({
      ...desk,
      headline: 'What the Lessar treaty means for farmers downstream',
      tags: ['Water'],
      standfirst: 'Irrigation quotas and dam releases, explained.',
      bodyMarkdown: 'Farmers downstream of the Lessar dam have waited years for a water treaty.\n\nThe new irrigation quotas guarantee water in the dry season, when the river runs low.\n\nThe basin commission can order extra dam releases in a drought.',
    });
    rates = await make.article({
      sectionId: business.id,
      authorIds: [greta.id],
      headline: 'Central bank raises interest rates to curb inflation',
      tags: ['Economy', 'Interest rates'],
      standfirst: 'Borrowing costs rise for the first time in two years.',
      bodyMarkdown: 'The central bank raised its policy rate by half a point on Thursday.\n\nInflation has stayed above target for eighteen months, the governor said.\n\nMortgage costs are expected to rise as lenders pass the increase on.',
    });
    governor = await make.article({
      sectionId: business.id,
      authorIds: [greta.id],
      headline: 'Governor defends rate rise before parliament',
      tags: ['Economy', 'Interest rates'],
      standfirst: 'Lawmakers question the central bank over mortgage costs.',
      bodyMarkdown: 'The central bank governor told parliament the rate rise was needed to bring inflation down.\n\nMembers asked about mortgage costs and savings.\n\nThe governor said interest rates would stay high while inflation remained above target.',
    });
    obituary = await make.article({
      sectionId: culture.id,
      authorIds: [hugo.id],
      headline: 'Marla Quinn, star of stage and screen, dies at 84',
      tags: ['Obituaries', 'Film'],
      standfirst: 'An actress whose career spanned six decades.',
      bodyMarkdown: 'Marla Quinn, who won two acting awards and starred in more than forty films, has died at her home. She was 84.\n\nBorn in a small theatre family, she made her stage debut at nine and her first film at nineteen.\n\nIn later life she hosted a charity gala in Geneva every spring and wrote two memoirs.',
    });
  });
  afterAll(() => t.close());

  it('links a story on the same subject from "See also", never the obituary', async () => {
    const { seeAlso, related } = await suggestions(talks);
    expect([signed.path, farmers.path]).toContain(seeAlso);
    expect([seeAlso, ...related]).toEqual(expect.arrayContaining([signed.path, farmers.path]));
    expect([seeAlso, ...related]).not.toContain(obituary.path);
    expect([seeAlso, ...related]).not.toContain(talks.path);
  });

  it('pairs the central-bank stories with each other', async () => {
    expect((await suggestions(rates)).seeAlso).toBe(governor.path);
    expect((await suggestions(governor)).seeAlso).toBe(rates.path);
  });

  it('leaves the box and the list out when nothing is similar enough', async () => {
    const response = await t.app.inject({ url: obituary.path! });
    const doc = parseDocument(response.body);
    expect(doc.querySelector('.see-also')).toBeNull();
    expect(doc.querySelector('.related')).toBeNull();
  });

  it('shows pins first, in order, and never an excluded story', async () => {
    const { related: relatedService } = t.app.byline.services;
    await relatedService.pinRelated(talks.id, governor.id);
    await relatedService.pinRelated(talks.id, obituary.id);
    await relatedService.excludeRelated(talks.id, signed.id);
    let shown = await suggestions(talks);
    expect(shown.seeAlso).toBe(governor.path);
    expect(shown.related.slice(0, 2)).toEqual([obituary.path, farmers.path]);
    expect([shown.seeAlso, ...shown.related]).not.toContain(signed.path);
    expect((await relatedService.listPins(talks.id)).map((pin) => [pin.relatedId, pin.kind])).toEqual([
      [signed.id, 'exclude'],
      [governor.id, 'pin'],
      [obituary.id, 'pin'],
    ]);

    for (const id of [governor.id, obituary.id, signed.id]) await relatedService.clearPin(talks.id, id);
    shown = await suggestions(talks);
    expect([signed.path, farmers.path]).toContain(shown.seeAlso);
    expect([shown.seeAlso, ...shown.related]).not.toContain(obituary.path);
  });

  it('refuses to relate a story to itself or to an article that does not exist', async () => {
    const { related: relatedService } = t.app.byline.services;
    await expect(relatedService.pinRelated(talks.id, talks.id)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(relatedService.excludeRelated(talks.id, 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("puts a newly published close match into an existing story's stored list", async () => {
    const before = await suggestions(farmers);
    const followUp = await make.article({
      sectionId: talks.section.id,
      authorIds: talks.authors.map((person) => person.id),
      headline: 'Lessar farmers downstream get first treaty water from the dam',
      tags: ['Water'],
      standfirst: 'Dam releases under the water treaty reach irrigation canals downstream.',
      bodyMarkdown: 'Farmers downstream of the Lessar dam received the first water under the treaty on Friday.\n\nThe basin commission ordered dam releases for the dry season, filling irrigation canals.\n\nFarmers said the irrigation quotas would let them plant a second crop.',
    });
    expect(await storedListsContaining(followUp.id)).toContain(farmers.id);
    const after = await suggestions(farmers);
    expect(after.seeAlso).toBe(followUp.path);
    expect(before.seeAlso).not.toBe(followUp.path);

    // Withdrawn: gone from every stored list, and from the page.
    await t.app.byline.services.articles.updateArticle(followUp.id, { status: 'draft' });
    expect(await storedListsContaining(followUp.id)).toEqual([]);
    const withdrawn = await suggestions(farmers);
    expect([withdrawn.seeAlso, ...withdrawn.related]).not.toContain(followUp.path);
    expect(withdrawn.seeAlso).toBe(before.seeAlso);
  });

  it('takes a deleted story out of the lists it was in', async () => {
    const doomed = await make.article({
      sectionId: rates.section.id,
      authorIds: rates.authors.map((person) => person.id),
      headline: 'Central bank signals more interest rate rises as inflation lingers',
      tags: ['Economy', 'Interest rates'],
      standfirst: 'The governor warns mortgage costs will stay high.',
      bodyMarkdown: 'The central bank governor said interest rates may rise again.\n\nInflation remains above target and mortgage costs keep climbing.',
    });
    expect(await storedListsContaining(doomed.id)).toEqual(expect.arrayContaining([rates.id, governor.id]));
    await t.app.byline.services.desk.deleteArticle(doomed.id);
    expect(await storedListsContaining(doomed.id)).toEqual([]);
    expect((await suggestions(rates)).seeAlso).toBe(governor.path);
  });

  it('moves an edited story out of lists it no longer belongs in', async () => {
    const drifting = await make.article({
      sectionId: talks.section.id,
      authorIds: talks.authors.map((person) => person.id),
      headline: 'Lessar basin commission meets on dam releases',
      tags: ['Water', 'Diplomacy'],
      standfirst: 'The commission reviews the water treaty in Geneva.',
      bodyMarkdown: 'The Lessar basin commission met in Geneva to review dam releases under the water treaty.\n\nFarmers downstream asked for larger irrigation quotas.',
    });
    const shown = async () => Object.values(await suggestions(signed)).flat();
    expect(await shown()).toContain(drifting.path);
    await t.app.byline.services.articles.updateArticle(drifting.id, {
      headline: 'Ballet company tours the coast',
      tags: ['Dance'],
      standfirst: 'Twelve shows in twelve towns.',
      bodyMarkdown: 'The company opens its summer tour with a new ballet about lighthouses.\n\nDancers rehearse in a barn by the sea.',
    });
    expect(await shown()).not.toContain(drifting.path);
  });
});
