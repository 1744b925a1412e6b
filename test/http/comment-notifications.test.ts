// Emailing an article's authors about its comments, through a real SMTP server on 127.0.0.1.
// Mail goes out in the background after the comment is stored, so tests poll for it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { startMailbox, type Mailbox } from '../helpers/mailbox.ts';
import { createStaff } from '../helpers/newsroom.ts';

const commenter = { name: 'Pat Reader', email: 'pat.private@readers.example', userAgent: 'Mozilla/5.0 (PrivateAgent/9.9)' };
let address = 0;

/** Posts as a reader: the form is served, the reader takes 20 s to write, then posts. */
async function post(t: TestApp, articleId: number, body: string, fields: { email?: string; honeypot?: string } = {}) {
  const { comments } = t.app.byline.services;
  const formToken = await comments.formToken(articleId);
  t.clock.advance(20_000);
  const ip = `198.51.100.${++address}`;
  const outcome = await comments.post({ articleId, parentId: null, name: commenter.name, email: fields.email ?? commenter.email, url: '', body, honeypot: fields.honeypot ?? '', formToken, ip, userAgent: commenter.userAgent });
  if (outcome.kind !== 'accepted') throw new Error(`The comment was not accepted: ${JSON.stringify(outcome)}`);
  return { ...outcome.comment, ip };
}

describe('comment notifications by email', () => {
  let mailbox: Mailbox;
  let t: TestApp;
  let article: Article;
  const authorEmail = 'amani.desk@example.com';

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await buildTestApp({ env: { BYLINE_SMTP_URL: mailbox.url, BYLINE_MAIL_FROM: 'The Ledger <desk@news.example.test>' } });
    const f = factories(t.app);
    const withEmail = await f.person({ email: authorEmail });
    const withoutEmail = await t.app.byline.services.people.createPerson({ name: 'No Email', slug: 'no-email-writer', email: null });
    article = await f.article({ headline: 'Harbour bridge to close for a year', authorIds: [withEmail.id, withoutEmail.id] });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('emails the authors that a comment awaits moderation, with the queue link and nothing private about the commenter', async () => {
    const comment = await post(t, article.id, 'The detour through Eastgate will add an hour.');
    expect(comment.status).toBe('pending');
    await expect.poll(() => mailbox.messages.length).toBe(1);
    const [mail] = mailbox.messages;
    expect(mail!.to).toEqual([authorEmail]);
    expect(mail!.from).toMatch(/^"?The Ledger"? <desk@news\.example\.test>$/);
    expect(mail!.subject).toBe('New comment awaiting moderation on "Harbour bridge to close for a year"');
    expect(mail!.text).toContain('Pat Reader');
    expect(mail!.text).toContain('The detour through Eastgate will add an hour.');
    expect(mail!.text).toContain(`https://news.example.test${article.path}`);
    expect(mail!.text).toContain('https://news.example.test/admin/comments?status=pending');
    for (const secret of [commenter.email, comment.ip, commenter.userAgent, 'PrivateAgent']) {
      expect(mail!.raw).not.toContain(secret);
      expect(mail!.text).not.toContain(secret);
    }
  });

  it('emails them again when a moderator approves it, linking the comment on the article', async () => {
    const comment = await post(t, article.id, 'Approve this one, please.');
    await expect.poll(() => mailbox.messages.filter((mail) => mail.text.includes('Approve this one')).length).toBe(1);
    await t.app.byline.services.comments.setStatus(comment.id, 'approved');
    await expect.poll(() => mailbox.messages.filter((mail) => mail.text.includes('Approve this one')).length).toBe(2);
    const approved = mailbox.messages.at(-1)!;
    expect(approved.subject).toBe('New comment on "Harbour bridge to close for a year"');
    expect(approved.text).toContain(`https://news.example.test/comments/${comment.id}`);
    // The permalink finds the comment page that shows it: here the article's first.
    const permalink = await t.app.inject({ url: `/comments/${comment.id}` });
    expect([permalink.statusCode, permalink.headers.location]).toEqual([302, `${article.path}#comment-${comment.id}`]);
    expect(approved.text).not.toContain('/admin/comments');
    expect(approved.raw).not.toContain(commenter.email);
  });

  it('tells of a comment approved at once (the commenter has been approved before) without asking for moderation', async () => {
    await post(t, article.id, 'Straight through this time.');
    await expect.poll(() => mailbox.messages.find((mail) => mail.text.includes('Straight through'))?.subject).toBe('New comment on "Harbour bridge to close for a year"');
  });

  it('says nothing about spam, an edit, a rejection or the newsroom replying as itself', async () => {
    const before = mailbox.messages.length;
    const { comments } = t.app.byline.services;
    const spam = await post(t, article.id, 'Cheap watches here.', { email: 'bot@spam.example', honeypot: 'http://spam.example' });
    expect(spam.status).toBe('spam');
    const approved = await post(t, article.id, 'An approved comment to reply to.');
    await expect.poll(() => mailbox.messages.length).toBe(before + 1);
    await comments.edit(approved.id, 'An approved comment to reply to, edited.');
    const staff = await createStaff(t.app, 'editor');
    await comments.replyAsStaff(approved.id, 'Thanks from the newsroom.', { userId: staff.userId, name: 'The Ledger', email: staff.email });
    await comments.setStatus(spam.id, 'trash');
    // A comment that does call for a message: once it arrives, anything sent before it has too.
    await post(t, article.id, 'The last word.', { email: 'someone.new@readers.example' });
    await expect.poll(() => mailbox.messages.length).toBe(before + 2);
    expect(mailbox.messages.at(-1)!.text).toContain('The last word.');
    for (const mail of mailbox.messages) expect(mail.text).not.toMatch(/Cheap watches|Thanks from the newsroom|edited\./);
  });
});

describe('comment notifications when mail fails or is not configured', () => {
  it('logs a failing mail server without its password, and the comment stands', async () => {
    const mailbox = await startMailbox({ onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')) });
    const t = await buildTestApp({ env: { BYLINE_SMTP_URL: `smtp://ledger:s3cret-pw@127.0.0.1:${mailbox.port}` } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const article = await factories(t.app).article();
      const comment = await post(t, article.id, 'Will anyone hear of this?');
      expect(comment.status).toBe('pending');
      await expect.poll(() => warn.mock.calls.length).toBe(1);
      const logged = String(warn.mock.calls[0]![0]);
      expect(logged).toMatch(/^Could not notify the authors about comment \d+: .*smtp:\/\/ledger:\*\*\*@127\.0\.0\.1/);
      expect(logged).not.toContain('s3cret-pw');
      expect((await t.app.byline.services.comments.findRecord(comment.id))?.status).toBe('pending');
      expect(mailbox.messages).toEqual([]);
    } finally {
      warn.mockRestore();
      await t.close();
      await mailbox.close();
    }
  });

  it('sends nothing, and needs nothing, without BYLINE_SMTP_URL', async () => {
    const t = await buildTestApp();
    const warn = vi.spyOn(console, 'warn');
    try {
      expect(t.config.smtpUrl).toBeUndefined();
      const article = await factories(t.app).article();
      expect((await post(t, article.id, 'Nobody is told, and that is fine.')).status).toBe('pending');
      await t.app.byline.services.comments.setStatus((await post(t, article.id, 'Nor of this one.')).id, 'approved');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      await t.close();
    }
  });
});
