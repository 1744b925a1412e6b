// Issue 13: an invitation or reset link is emailed when SMTP is configured (through a real SMTP
// server on 127.0.0.1), and the page says so; without SMTP, or when sending fails, the page says
// the administrator must pass it on, and the link is still shown once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { startMailbox, type Mailbox } from '../helpers/mailbox.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

const linkOn = (html: string) => parseDocument(html).querySelector('#password-link')?.getAttribute('value') ?? '';

describe('password links by email', () => {
  let mailbox: Mailbox;
  let t: TestApp;
  let admin: Staff;

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await buildTestApp({ env: { BYLINE_SMTP_URL: mailbox.url, BYLINE_MAIL_FROM: 'The Ledger <desk@news.example.test>' } });
    admin = await signIn(t.app, 'administrator');
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('emails the invitation link to the new user, and the page says it went', async () => {
    const created = await admin.post('/admin/users', { email: 'omar@example.com', name: 'Omar Said', role: 'author', personId: '' }, { tokenFrom: '/admin/users/new' });
    expect(created.statusCode).toBe(200);
    const link = linkOn(created.body);
    const mail = mailbox.messages.find((message) => message.to.includes('omar@example.com'));
    expect(mail?.subject).toMatch(/newsroom account$/);
    expect(mail?.text).toContain(link);
    expect(mail?.text).toContain('Hello Omar Said,');
    expect(texts(parseDocument(created.body), '#password-link-hint')[0]).toMatch(/^We emailed it to omar@example.com/);
    expect(parseDocument(created.body).querySelector('button[data-copy="password-link"]')).not.toBeNull();
  });

  it('emails a reset link too', async () => {
    const author = await signIn(t.app, 'author');
    const response = await admin.post(`/admin/users/${author.userId}/reset`, {});
    const mail = mailbox.messages.find((message) => message.to.includes(author.email));
    expect(mail?.text).toContain(linkOn(response.body));
  });

  it('says the link must be passed on by hand when the mail server refuses it', async () => {
    await mailbox.close();
    const created = await admin.post('/admin/users', { email: 'lena@example.com', name: 'Lena Park', role: 'author', personId: '' }, { tokenFrom: '/admin/users/new' });
    expect(created.statusCode).toBe(200);
    expect(linkOn(created.body)).toMatch(/\/admin\/password\?token=/);
    expect(texts(parseDocument(created.body), '.form-error')[0]).toMatch(/^The link could not be emailed, so send it yourself\. Could not send email through/);
  });
});

describe('password links without email', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('shows the link once with a copy button, saying email is not set up', async () => {
    t = await buildTestApp();
    const admin = await signIn(t.app, 'administrator');
    const created = await admin.post('/admin/users', { email: 'ravi@example.com', name: 'Ravi Rao', role: 'editor', personId: '' }, { tokenFrom: '/admin/users/new' });
    const page = parseDocument(created.body);
    expect(texts(page, '#password-link-hint')[0]).toMatch(/^Send this to ravi@example.com privately/);
    expect(texts(page, '.hint').join(' ')).toContain('Email is not set up (BYLINE_SMTP_URL)');
  });
});
