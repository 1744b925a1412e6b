// Comment pages through HTTP: a story with more comment threads than a page shows its first
// threads, each with its first replies, and links on by keyset; permalinks, reply links, the
// redirect after posting and a reader's held reply all find the page that shows the comment;
// bad cursors are a 400; and a new approved comment purges every cached comment page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { commentPaging } from '../../src/comments/comment.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

const perPage = 3;

describe('comment pages', () => {
  let t: TestApp;
  let article: Article;
  /** Top-level comments in order, and the replies of the first thread. */
  const top: number[] = [];
  const replies: number[] = [];
  let minute = 0;

  /** A comment written straight to the table, as an import would (the form's rules are tested elsewhere). */
  async function insert(body: string, thread?: { parent: number; thread: number }, status: 'approved' | 'pending' = 'approved'): Promise<number> {
    const at = new Date(Date.parse('2026-11-27T08:00:00Z') + ++minute * 60_000).toISOString();
    const row = await t.app.byline.db
      .insertInto('comments')
      .values({ article_id: article.id, parent_id: thread?.parent ?? null, thread_id: thread?.thread ?? null, status, author_name: `Reader ${minute}`, author_email: `reader${minute}@example.net`, author_url: null, body, ip: null, user_agent: null, staff_user_id: null, reasons: '[]', spam_score: null, learned_as: null, created_at: at, status_changed_at: at, edited_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const page = async (url: string) => parseDocument((await get(url)).body);
  const shownIds = (doc: Document) => [...doc.querySelectorAll('.comment')].map((node) => Number(node.id.slice('comment-'.length)));
  const later = (doc: Document) => doc.querySelector('.comment-pages a[rel="next"]')?.getAttribute('href') ?? undefined;

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_COMMENTS_PER_PAGE: String(perPage) } });
    article = await factories(t.app).article({ headline: 'Ferry timetable changes', slug: 'ferry-timetable' });
    for (let i = 1; i <= 7; i++) top.push(await insert(`Thread ${i} opens.`));
    // The first thread has more replies than a page shows; a reply to a reply among them.
    for (let i = 1; i <= commentPaging.repliesShown + 2; i++) replies.push(await insert(`Reply ${i}.`, { parent: i === 3 ? replies[0]! : top[0]!, thread: top[0]! }));
    // A reply in the fifth thread, which is on the second page.
    await insert('A reply on page two.', { parent: top[4]!, thread: top[4]! });
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-all' });
  });
  afterAll(() => t.close());

  it('shows a bounded first page, its first replies, and the right count on the page and in its structured data', async () => {
    const doc = await page(article.path!);
    const ids = shownIds(doc);
    expect(ids.filter((id) => top.includes(id))).toEqual(top.slice(0, perPage));
    // Replies in thread order, the third (a reply to the first) nested under the first.
    expect(ids.filter((id) => replies.includes(id))).toEqual([replies[0], replies[2], replies[1], ...replies.slice(3, commentPaging.repliesShown)]);
    // The reply to a reply sits under its parent.
    expect(doc.querySelector(`#comment-${replies[0]} + ol #comment-${replies[2]}`)).not.toBeNull();
    const total = top.length + replies.length + 1;
    expect(texts(doc, '#comments-heading')).toEqual([`Comments: ${total} comments`]);
    const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((node) => JSON.parse(node.textContent ?? '{}')).find((data) => data['@type'] === 'NewsArticle');
    expect(jsonLd.commentCount).toBe(total);
    expect(doc.querySelector(`#comment-${top[0]} ~ .more-replies a`)?.getAttribute('href')).toBe(`${article.path}?thread=${top[0]}#comment-${top[0]}`);
    expect(doc.querySelector('.comment-pages a[rel="prev"]')).toBeNull();
    expect(later(doc)).toBe(`${article.path}?after=${top[perPage - 1]}#comments`);
  });

  it('links on to the second and third pages by keyset, and back', async () => {
    const second = await page(later(await page(article.path!))!);
    expect(shownIds(second).filter((id) => top.includes(id))).toEqual(top.slice(perPage, 2 * perPage));
    expect(texts(second, '.comment-body')).toContain('A reply on page two.');
    expect(second.querySelector('.comment-pages a[rel="prev"]')?.getAttribute('href')).toBe(`${article.path}#comments`);
    const third = await page(later(second)!);
    expect(shownIds(third)).toEqual(top.slice(2 * perPage));
    expect(later(third)).toBeUndefined();
    const back = await page(third.querySelector('.comment-pages a[rel="prev"]')!.getAttribute('href')!);
    expect(shownIds(back).filter((id) => top.includes(id))).toEqual(top.slice(perPage, 2 * perPage));
  });

  it("pages a thread's own replies beyond those shown under it", async () => {
    const doc = await page(`${article.path}?thread=${top[0]}`);
    expect(shownIds(doc)).toEqual([top[0], replies[0], replies[2], replies[1], ...replies.slice(3)]);
    expect(doc.querySelector('.comment-pages a')?.getAttribute('href')).toBe(`${article.path}#comment-${top[0]}`);
  });

  it('redirects a permalink to the page that holds the comment', async () => {
    const location = async (id: number) => {
      const response = await get(`/comments/${id}`);
      expect(response.statusCode).toBe(302);
      return response.headers.location;
    };
    expect(await location(top[1]!)).toBe(`${article.path}#comment-${top[1]}`);
    expect(await location(top[5]!)).toBe(`${article.path}?after=${top[4]}#comment-${top[5]}`);
    expect(await location(replies[1]!)).toBe(`${article.path}#comment-${replies[1]}`);
    expect(await location(replies.at(-1)!)).toBe(`${article.path}?thread=${top[0]}#comment-${replies.at(-1)}`);
    const landed = await page((await location(top[5]!))!.split('#')[0]!);
    expect(shownIds(landed)).toContain(top[5]);
    expect((await get('/comments/99999')).statusCode).toBe(404);
    expect((await get('/comments/nope')).statusCode).toBe(400);
  });

  it('answers a malformed cursor with a 400 and one naming no comment of the story with a 404', async () => {
    for (const query of ['after=abc', 'after=-1', 'before=1.5', 'thread=x', 'after=99999999999', `after=${top[0]}&before=${top[1]}`]) {
      const response = await get(`${article.path}?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.body, query).toMatch(/comment/);
    }
    expect((await get(`${article.path}?after=${replies[0]}`)).statusCode).toBe(404);
    expect((await get(`${article.path}?after=99999`)).statusCode).toBe(404);
  });

  it("brings a reply to a comment on a later page back to that page, held under its parent for its writer alone", async () => {
    const parent = top[5]!;
    const someone = reader(t.app, t.clock);
    const form = parseDocument((await someone.get(`${article.path}?after=${top[4]}&replyto=${parent}`)).body);
    expect(texts(form, '#reply-title')).toEqual([`Reply to Reader ${top.indexOf(parent) + 1}`]);
    expect(form.querySelector('input[name="parentId"]')?.getAttribute('value')).toBe(String(parent));
    expect(form.querySelector(`#comment-${parent} .comment-reply a`)?.getAttribute('href')).toBe(`${article.path}?after=${top[4]}&replyto=${parent}#respond`);
    const posted = await someone.comment(article.path!, { body: 'A held reply far down.', parentId: String(parent) });
    expect(posted.statusCode).toBe(303);
    const [location, anchor] = (posted.headers.location as string).split('#');
    expect(location).toMatch(new RegExp(`^${article.path}\\?after=${top[4]}&c=\\d+$`));
    const mine = parseDocument((await someone.get(location!)).body);
    expect(mine.querySelector(`#comment-${parent} + ol #${anchor} .awaiting-moderation`)).not.toBeNull();
    expect((await page(location!)).querySelector(`#${anchor}`)).toBeNull();
  });

  it('returns a reader to the comment page they posted from when it shows the reply, and ignores a page field that does not', async () => {
    const parent = top[4]!;
    const second = `after=${top[perPage - 1]}`;
    const back = async (commentPage: string) => {
      t.clock.advance(60_000);
      const posted = await reader(t.app, t.clock).comment(article.path!, { body: `Replying from ${commentPage || 'nowhere'}.`, parentId: String(parent), commentPage });
      expect(posted.statusCode).toBe(303);
      return (posted.headers.location as string).split('?')[1]!.split('&c=')[0];
    };
    // The second page starts with the fourth thread and shows the fifth; a page starting at the fifth shows it too.
    expect(await back(second)).toBe(second);
    expect(await back(`after=${top[3]}`)).toBe(`after=${top[3]}`);
    // A page that does not show it, or a field that names no page: the page that starts with its thread.
    for (const field of ['', `after=${top[5]}`, 'after=abc', `thread=${top[0]}`, 'nonsense']) expect(await back(field), field).toBe(`after=${top[3]}`);
  });

  it('caches every comment page and purges them all when a comment is approved', async () => {
    const urls = [article.path!, `${article.path}?after=${top[perPage - 1]}`, `${article.path}?thread=${top[0]}`];
    for (const url of urls) await get(url);
    for (const url of urls) expect((await get(url)).headers['x-cache'], url).toBe('hit');
    const id = await insert('Approved late.', undefined, 'pending');
    await t.app.byline.services.comments.setStatus(id, 'approved');
    await t.app.cacheInvalidation.settled();
    for (const url of urls) expect((await get(url)).headers['x-cache'], url).toBeUndefined();
    expect(texts(await page(urls[0]!), '#comments-heading')).toEqual([`Comments: ${top.length + replies.length + 2} comments`]);
  });
});
