// A spam run: bots hammer an article the way real ones do — instantly, with the honeypot
// filled, replaying one form, from a few addresses, with link-stuffed text — and not one of
// their comments reaches readers or needs a human. Then the learning filter, taught by a
// moderator's decisions, catches a bot that behaves like a person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

describe('a spam run', () => {
  let t: TestApp;
  let article: Article;
  beforeAll(async () => {
    t = await buildTestApp();
    article = await factories(t.app).article({ slug: 'target-story' });
  });
  afterAll(() => t.close());

  it('is stopped without a human', async () => {
    const pitches = ['Cheap pills online, best prices https://pills.example/buy', 'Win big at https://casino.example now!!!', 'Great post! Visit https://seo.example/links for more'];
    // Four bots on four addresses, each posting ten times as fast as it can load the form.
    const bots = Array.from({ length: 4 }, () => reader(t.app, t.clock));
    const outcomes: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const [b, bot] of bots.entries()) {
        const response = await bot.comment(
          article.path!,
          { body: `${pitches[(round + b) % 3]} ${b === 2 ? '' : round}`.trim(), name: 'Best Deals Online Cheap', email: `bot${b}@spam.example`, url: 'https://spam.example', website_confirm: b === 0 ? 'https://spam.example' : '' },
          { thinkMs: 400 + 500 * b, ...(b === 3 && round > 0 ? { token: 'replayed.form' } : {}) },
        );
        outcomes.push(response.statusCode);
      }
    }
    const { comments } = t.app.byline.services;
    const queue = await comments.queue({ articleId: article.id }, { page: 1, pageSize: 100 });
    const byStatus = (status: string) => queue.items.filter((comment) => comment.status === status).length;
    expect(byStatus('approved')).toBe(0);
    expect(byStatus('pending')).toBe(0);
    expect(byStatus('spam')).toBe(queue.total);
    expect(queue.items.every((comment) => comment.reasons.length > 0)).toBe(true);
    expect(parseDocument((await t.app.inject({ url: article.path! })).body).querySelectorAll('.comment-list .comment')).toHaveLength(0);
    expect(outcomes.every((status) => status === 303 || status === 429)).toBe(true);
    expect(outcomes.filter((status) => status === 429).length).toBeGreaterThan(0); // flood control refused some outright
  });

  it('learns from moderators until a well-behaved bot is caught by its words alone', async () => {
    const { comments } = t.app.byline.services;
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-all' });
    const story = await factories(t.app).article({ slug: 'learning-story' });
    const ham = [
      'I live near the river and the water level has dropped a lot this year.',
      'The minister said the opposite last spring, which is worth remembering.',
      'Could you publish the full text of the agreement? I would like to read it.',
      'My family farms rice there; the rains were late again, exactly as described.',
      'A correction: the dam was finished in 2009, not 2011.',
      'Thanks for explaining the numbers so clearly, the chart helped.',
      'I disagree with the conclusion but the reporting is fair.',
      'How will this affect people downstream in the dry season?',
      'The negotiators deserve credit for staying at the table.',
      'This is the first article I have read that mentions the glaciers.',
      'My grandfather used to fish on that stretch of the river.',
      'Will there be a follow-up when the treaty is ratified?',
    ];
    const spam = [
      'Buy cheap pills online now https://pills.example/deal discount',
      'Best casino bonus today https://casino.example/bonus win money',
      'Earn money fast from home https://loans.example/fast cash',
      'Cheap replica watches https://watches.example/sale discount',
      'Crypto doubling guaranteed https://coins.example/double profit',
      'Discount pills no prescription https://pills.example/cheap',
      'Casino free spins https://casino.example/spins bonus win',
      'Fast cash loans approved https://loans.example/apply money',
      'Buy followers cheap https://followers.example/buy discount',
      'Win money casino jackpot https://casino.example/jackpot',
      'Cheap pills best price https://pills.example/best discount',
      'Loans money cash fast https://loans.example/now approved',
    ];
    for (const [i, body] of [...ham, ...spam].entries()) {
      const response = await reader(t.app, t.clock).comment(story.path!, { body, name: `Person ${i}`, email: `p${i}@example.net` });
      const id = Number((response.headers.location as string).split('#comment-')[1]);
      await comments.setStatus(id, i < ham.length ? 'approved' : 'spam'); // a moderator's decision
    }
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    const polite = await reader(t.app, t.clock).comment(story.path!, { body: 'Cheap pills discount today https://pills.example/today money', name: 'Jo', email: 'jo@example.net' });
    const row = await comments.findRecord(Number((polite.headers.location as string).split('#comment-')[1]));
    expect(row?.status).toBe('spam');
    expect(JSON.parse(row!.reasons)[0]).toMatch(/^learned filter: spam probability 0\.9\d|^learned filter: spam probability 1\.00/);
    const person = await reader(t.app, t.clock).comment(story.path!, { body: 'The river treaty seems fair to the farmers downstream, I think.', name: 'Sam', email: 'sam@example.net' });
    expect((await comments.findRecord(Number((person.headers.location as string).split('#comment-')[1])))?.status).toBe('approved');
  });
});
