// One address posting comments again and again, faster than flood control allows: the first
// refusals bring the form back with the reader's text (on the article without its thread), the
// rest are answered from memory with a short 429 and Retry-After, and the address may post again
// once its wait is over.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormToken } from '../../src/comments/form-token.ts';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('a comment flood from one address', () => {
  let t: TestApp;
  let article: Article;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    article = await factories(t.app).article();
  });
  afterAll(() => t.close());

  it('keeps the text of the first refusals, on the article without its thread', async () => {
    const someone = reader(t.app, t.clock, { ip: '203.0.113.70' });
    expect((await someone.comment(article.path!, { body: 'A first, approved thought.' })).statusCode).toBe(303);
    const quick = await someone.comment(article.path!, { body: 'Too soon after.' }, { thinkMs: 2000 });
    expect(quick.statusCode).toBe(429);
    expect(Number(quick.headers['retry-after'])).toBe(13);
    const doc = parseDocument(quick.body);
    expect(texts(doc, '.respond .error-summary p')[0]).toBe('Please wait 13 seconds before posting another comment.');
    expect(doc.querySelector('#comment-body')?.textContent).toBe('Too soon after.');
    expect(doc.querySelector('h1')?.textContent).toBe(article.headline);
    // The thread is left out, with the way to it: its comment is not on this page.
    expect(quick.body).not.toContain('A first, approved thought.');
    expect(doc.querySelector(`.comments-note a[href="${article.path}#comments"]`)).not.toBeNull();
    expect(doc.querySelector('#comments-heading')?.textContent).toContain('1 comment');
    t.clock.advance(15_000);
  });

  it('answers an address refused again and again from memory, until its wait is over', async () => {
    const flooder = reader(t.app, t.clock, { ip: '203.0.113.71' });
    expect((await flooder.comment(article.path!, { body: 'Post number 0.' })).statusCode).toBe(303);
    const answers = [];
    for (let i = 1; i <= 4; i++) answers.push(await flooder.comment(article.path!, { body: `Post number ${i}.` }, { thinkMs: 1000 }));
    expect(answers.map((answer) => answer.statusCode)).toEqual([429, 429, 429, 429]);
    // Two refusals from the service, each with the form and the text…
    for (const answer of answers.slice(0, 2)) expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(parseDocument(answers[1]!.body).querySelector('#comment-body')?.textContent).toBe('Post number 2.');
    // …then short answers that read nothing, each saying how long is left.
    expect(answers.slice(2).map((answer) => [answer.headers['content-type'], answer.headers['retry-after'], answer.body])).toEqual([
      ['text/plain; charset=utf-8', '12', 'Please wait 12 seconds before posting another comment.'],
      ['text/plain; charset=utf-8', '11', 'Please wait 11 seconds before posting another comment.'],
    ]);
    // Nothing of the refused posts was kept.
    const thread = (await t.app.byline.services.comments.page(article.id, { kind: 'first' }, 50))!;
    expect(JSON.stringify(thread.nodes)).not.toContain('Post number 1.');
    t.clock.advance(11_000);
    expect((await flooder.comment(article.path!, { body: 'After waiting.' }, { thinkMs: 0 })).statusCode).toBe(303);
  });

  it('does not hold back another address', async () => {
    const other = reader(t.app, t.clock, { ip: '203.0.113.72' });
    expect((await other.comment(article.path!, { body: 'A different reader.' })).statusCode).toBe(303);
  });
});

// Regression (issue 9): flood control's check ("has this address posted in the last 15 s?") and
// the insert were two steps, so each worker or instance could accept one comment more. Two app
// instances on one database (one SQLite file, or one PostgreSQL schema) take a burst at once.
describe('a comment flood from one address across instances', () => {
  let t: TestApp;
  let other: FastifyInstance;
  let article: Article;
  let secret: string;
  beforeAll(async () => {
    t = await buildTestApp();
    other = await t.another();
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    article = await factories(t.app).article();
    secret = await t.app.byline.services.settings.getOrCreateSecret('comments');
  });
  afterAll(() => t.close());

  /** Posts sent at once from one address, alternately to each instance, with a form served 20 s ago. */
  async function burst(ip: string, size: number, label: string) {
    const token = signFormToken(secret, article.id, new Date(t.clock.now().getTime() - 20_000));
    const still = { advance: () => {} };
    return Promise.all(Array.from({ length: size }, (_, i) => reader(i % 2 === 0 ? t.app : other, still, { ip }).comment(article.path!, { body: `${label}, post ${i}.` }, { token })));
  }

  it('accepts exactly one of a burst sent to two instances at once, and one again once the wait is over', async () => {
    const first = await burst('203.0.113.80', 8, 'First burst');
    expect(first.map((answer) => answer.statusCode).sort()).toEqual([303, ...Array(7).fill(429)]);
    t.clock.advance(15_000);
    const second = await burst('203.0.113.80', 8, 'Second burst');
    expect(second.map((answer) => answer.statusCode).sort()).toEqual([303, ...Array(7).fill(429)]);
    const rows = await t.app.byline.db.selectFrom('comments').select('body').where('ip', '=', '203.0.113.80').execute();
    expect(rows).toHaveLength(2);
  });

  it('still accepts posts from different addresses at once on both instances', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => reader(i % 2 === 0 ? t.app : other, { advance: () => {} }, { ip: `203.0.113.${90 + i}` }).comment(article.path!, { body: `Reader ${i} at once.` }, { token: signFormToken(secret, article.id, new Date(t.clock.now().getTime() - 20_000)) })),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(6).fill(303));
  });
});
