// Signing in and out of the newsroom: first-run setup, one-time links, lockout, rate limits,
// CSRF, cookie attributes and same-site redirects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { browserFor, createStaff, signIn } from '../helpers/newsroom.ts';

describe('newsroom sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('lets whoever holds the console setup link create the first administrator, once', async () => {
    const { auth } = t.app.byline.services;
    const browser = browserFor(t.app);
    expect((await browser.get('/admin/setup?token=wrong')).statusCode).toBe(403);
    const token = auth.setupToken();
    expect((await browser.get(`/admin/setup?token=${token}`)).statusCode).toBe(200);
    const weak = await browser.post('/admin/setup', { token, name: 'Ada', email: 'ada@example.com', password: 'short' }, { tokenFrom: `/admin/setup?token=${token}` });
    expect(weak.statusCode).toBe(400);
    const form = parseDocument(weak.body);
    expect(form.querySelector('input[name="email"]')?.getAttribute('value')).toBe('ada@example.com');
    expect(texts(form, '.field-error')[0]).toContain('12 characters');
    const done = await browser.post('/admin/setup', { token, name: 'Ada', email: 'ada@example.com', password: 'a long enough password' }, { tokenFrom: `/admin/setup?token=${token}` });
    expect(done.statusCode).toBe(303);
    expect(browser.jar.has('byline_session')).toBe(true);
    expect((await browser.get('/admin/articles')).statusCode).toBe(200);
    expect((await browserFor(t.app).get(`/admin/setup?token=${token}`)).statusCode).toBe(403);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax and Secure on an https site', async () => {
    const account = await createStaff(t.app, 'editor');
    const browser = browserFor(t.app);
    const token = await browser.csrf();
    const response = await t.app.inject({ method: 'POST', url: '/admin/login', payload: new URLSearchParams({ email: account.email, password: account.password, _csrf: token }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    const cookie = (response.cookies as { name: string; httpOnly?: boolean; sameSite?: string; secure?: boolean }[]).find((c) => c.name === 'byline_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  });

  it('keeps the typed email after a wrong password and never says which part was wrong', async () => {
    const account = await createStaff(t.app, 'author');
    const browser = browserFor(t.app);
    const response = await browser.post('/admin/login', { email: account.email, password: 'not the password' });
    expect(response.statusCode).toBe(401);
    const page = parseDocument(response.body);
    expect(page.querySelector('input[name="email"]')?.getAttribute('value')).toBe(account.email);
    expect(texts(page, '.form-error')[0]).toBe('That email and password do not match an account.');
  });

  it('locks an account after five failures and says until when', async () => {
    const account = await createStaff(t.app, 'author');
    const browser = browserFor(t.app);
    for (let i = 0; i < 4; i++) expect((await browser.post('/admin/login', { email: account.email, password: 'wrong' })).statusCode).toBe(401);
    const locked = await browser.post('/admin/login', { email: account.email, password: 'wrong' });
    expect(locked.statusCode).toBe(423);
    expect(texts(parseDocument(locked.body), '.form-error')[0]).toMatch(/locked until 2026-11-28T12:15/);
    expect((await browser.post('/admin/login', { email: account.email, password: account.password })).statusCode).toBe(423);
    t.clock.advance(16 * 60 * 1000);
    expect((await browser.post('/admin/login', { email: account.email, password: account.password })).statusCode).toBe(303);
  });

  it('limits attempts from one address across accounts', async () => {
    const other = await t.another();
    const browser = browserFor(other);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await browser.post('/admin/login', { email: `nobody${i}@example.com`, password: 'guess' })).statusCode;
    expect(last).toBe(429);
    t.clock.advance(16 * 60 * 1000);
  });

  it('refuses a form without its CSRF token', async () => {
    const account = await createStaff(t.app, 'author');
    const response = await browserFor(t.app).post('/admin/login', { email: account.email, password: account.password }, { csrf: null });
    expect(response.statusCode).toBe(403);
  });

  it('redirects after sign-in only to paths on this site', async () => {
    for (const [next, expected] of [['/admin/articles?mine=1', '/admin/articles?mine=1'], ['//evil.example/x', '/admin'], ['https://evil.example/', '/admin'], ['/\\evil.example', '/admin']]) {
      const account = await createStaff(t.app, 'author');
      const response = await browserFor(t.app).post('/admin/login', { email: account.email, password: account.password, next: next! });
      expect(response.headers.location, next).toBe(expected);
    }
  });

  it('ends the session on the server when signing out', async () => {
    const staff = await signIn(t.app, 'editor');
    const stolen = new Map(staff.jar);
    expect((await staff.post('/admin/logout', {})).statusCode).toBe(303);
    const replay = await browserFor(t.app, stolen).get('/admin/articles');
    expect(replay.statusCode).toBe(303);
    expect(replay.headers.location).toContain('/admin/login');
  });

  it('sends signed-out visitors to the sign-in page', async () => {
    const response = await t.app.inject({ url: '/admin/articles/new' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/login?next=%2Fadmin%2Farticles%2Fnew');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sets a password from a one-time reset link, signing in with it, and the link then stops working', async () => {
    const account = await createStaff(t.app, 'contributor');
    const { token } = await t.app.byline.services.auth.issueResetLink(account.email);
    const browser = browserFor(t.app);
    expect((await browser.get(`/admin/password?token=${token}`)).statusCode).toBe(200);
    expect((await browser.post('/admin/password', { token, password: 'a brand new passphrase' })).statusCode).toBe(303);
    expect((await browser.get('/admin/articles')).statusCode).toBe(200);
    expect((await browser.get(`/admin/password?token=${token}`)).statusCode).toBe(400);
    expect((await browser.post('/admin/login', { email: account.email, password: 'a brand new passphrase' })).statusCode).toBe(303);
  });
});
