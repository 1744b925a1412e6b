// Site settings and newsroom users through the admin's forms: a new title in the public header,
// invalid settings beside their fields, inviting a user with a one-time link that works (and is
// never logged), role changes that apply at once, the last administrator kept, and 403 for every
// role that may not.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { browserFor, signIn, type Staff } from '../helpers/newsroom.ts';

const valueOf = (html: string, selector: string) => parseDocument(html).querySelector(selector)?.getAttribute('value');
const selected = (html: string, name: string) => parseDocument(html).querySelector(`select[name="${name}"] option[selected]`)?.getAttribute('value');
const describedBy = (html: string, id: string) => parseDocument(html).querySelector(`#${id}`)?.getAttribute('aria-describedby') ?? '';
const linkOn = (html: string) => valueOf(html, '#password-link') ?? '';
const linkPattern = /^https:\/\/news\.example\.test\/admin\/password\?token=[\w-]{20,}$/;

describe('site settings and users in the newsroom', () => {
  let t: TestApp;
  let admin: Staff;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await signIn(t.app, 'administrator');
  });
  afterAll(() => t.close());

  const settingsForm = (fields: Record<string, string> = {}) => ({
    title: 'The Harbour Times',
    tagline: 'News from the docks',
    language: 'en-GB',
    timeZone: 'Europe/London',
    logoUrl: '',
    feedContent: 'summary',
    ...fields,
  });

  describe('site settings', () => {
    it('changes the title, tagline and language readers see', async () => {
      const saved = await admin.post('/admin/settings', settingsForm(), { tokenFrom: '/admin/settings' });
      expect(saved.statusCode).toBe(303);
      const home = parseDocument((await t.app.inject({ url: '/' })).body);
      expect(texts(home, '.site-header .site-title')).toEqual(['The Harbour Times']);
      expect(texts(home, '.site-tagline')).toEqual(['News from the docks']);
      expect(home.documentElement.getAttribute('lang')).toBe('en-GB');

      const form = (await admin.get('/admin/settings')).body;
      expect(valueOf(form, '#title')).toBe('The Harbour Times');
      expect(selected(form, 'timeZone')).toBe('Europe/London');
      expect(selected(form, 'feedContent')).toBe('summary');
      expect((await t.app.byline.services.settings.getSiteSettings()).feedContent).toBe('summary');
    });

    it('saves the comment settings too, typed as numbers and one word a line', async () => {
      const saved = await admin.post('/admin/settings', settingsForm({ commentPolicy: 'hold-all', commentsCloseAfterDays: '14', commentMaxDepth: '3', commentMaxLinks: '1', commentDisallowedWords: 'casino\r\n\r\ncheap pills ', commentRetentionDays: '30' }));
      expect(saved.statusCode).toBe(303);
      expect(await t.app.byline.services.settings.getSiteSettings()).toMatchObject({ commentPolicy: 'hold-all', commentsCloseAfterDays: 14, commentMaxDepth: 3, commentMaxLinks: 1, commentDisallowedWords: ['casino', 'cheap pills'], commentRetentionDays: 30 });
      const form = (await admin.get('/admin/settings')).body;
      expect(parseDocument(form).querySelector('#commentDisallowedWords')?.textContent).toBe('casino\ncheap pills');
      expect(valueOf(form, '#commentsCloseAfterDays')).toBe('14');
      expect((await admin.post('/admin/settings', settingsForm({ commentsCloseAfterDays: '' }))).statusCode).toBe(303);
      expect((await t.app.byline.services.settings.getSiteSettings()).commentsCloseAfterDays).toBeNull();
    });

    it('offers the IANA time zones as a select, UTC first', async () => {
      const options = [...parseDocument((await admin.get('/admin/settings')).body).querySelectorAll('select[name="timeZone"] option')].map((o) => o.getAttribute('value'));
      expect(options[0]).toBe('UTC');
      expect(options).toContain('Asia/Tokyo');
      expect(options.length).toBeGreaterThan(300);
    });

    it('shows every invalid value beside its field, keeps everything typed, and saves nothing', async () => {
      const before = await t.app.byline.services.settings.getSiteSettings();
      const response = await admin.post('/admin/settings', settingsForm({ title: '  ', tagline: 'Kept tagline', language: 'en_GB', timeZone: 'Mars/Olympus_Mons', logoUrl: 'javascript:alert(1)', commentMaxDepth: '99' }));
      expect(response.statusCode).toBe(400);
      const page = parseDocument(response.body);
      expect(valueOf(response.body, '#commentMaxDepth')).toBe('99');
      for (const field of ['title', 'language', 'timeZone', 'logoUrl', 'commentMaxDepth']) {
        expect(texts(page, `#${field}-error`), field).toHaveLength(1);
        expect(describedBy(response.body, field)).toContain(`${field}-error`);
      }
      expect(texts(page, '#language-error')[0]).toContain('BCP 47');
      expect(texts(page, '#timeZone-error')[0]).toContain('IANA');
      expect(valueOf(response.body, '#tagline')).toBe('Kept tagline');
      expect(valueOf(response.body, '#language')).toBe('en_GB');
      expect(valueOf(response.body, '#logoUrl')).toBe('javascript:alert(1)');
      expect(selected(response.body, 'timeZone')).toBe('Mars/Olympus_Mons');
      expect(await t.app.byline.services.settings.getSiteSettings()).toEqual(before);
    });

    it('refuses settings to every role but administrator', async () => {
      const before = await t.app.byline.services.settings.getSiteSettings();
      for (const role of ['editor', 'author', 'contributor'] as const) {
        const staff = await signIn(t.app, role);
        expect((await staff.get('/admin/settings')).statusCode, role).toBe(403);
        expect((await staff.post('/admin/settings', settingsForm({ title: `Taken over by ${role}` }))).statusCode, role).toBe(403);
      }
      expect(await t.app.byline.services.settings.getSiteSettings()).toEqual(before);
    });
  });

  describe('users', () => {
    it('creates a user and shows a one-time link with which they choose a password and sign in', async () => {
      const person = await factories(t.app).person({ name: 'Nadia Haddad' });
      const created = await admin.post('/admin/users', { email: 'Nadia@Example.com', name: 'Nadia Haddad', role: 'author', personId: String(person.id) }, { tokenFrom: '/admin/users/new' });
      expect(created.statusCode).toBe(200);
      const link = linkOn(created.body);
      expect(link).toMatch(linkPattern);

      const invited = browserFor(t.app);
      const path = link.replace('https://news.example.test', '');
      expect((await invited.get(path)).statusCode).toBe(200);
      const token = new URL(link).searchParams.get('token')!;
      // Choosing the password signs them in: no typing it again (issue 13).
      const chosen = await invited.post('/admin/password', { token, password: 'nadia chooses a long one' });
      expect(chosen.statusCode).toBe(303);
      expect(chosen.headers.location).toBe('/admin/articles');
      expect((await invited.get('/admin/articles')).statusCode).toBe(200);
      const profile = await invited.get('/admin/profile');
      expect(profile.headers.location).toBe(`/admin/people/${person.id}/edit`);

      const list = parseDocument((await admin.get('/admin/users')).body);
      const row = [...list.querySelectorAll('table.listing tbody tr')].find((tr) => tr.querySelector('a')?.textContent === 'Nadia Haddad');
      expect(row?.querySelector('.user-role')?.textContent).toBe('author');
      expect(row?.textContent).toContain('nadia@example.com');
    });

    it('keeps what was typed when the email is refused, with the error beside it', async () => {
      const taken = await admin.post('/admin/users', { email: admin.email, name: 'Duplicate Person', role: 'editor', personId: '' });
      expect(taken.statusCode).toBe(400);
      expect(texts(parseDocument(taken.body), '#email-error')[0]).toContain('already exists');
      expect(describedBy(taken.body, 'email')).toContain('email-error');
      expect(valueOf(taken.body, '#name')).toBe('Duplicate Person');
      expect(selected(taken.body, 'role')).toBe('editor');

      const invalid = await admin.post('/admin/users', { email: 'not an email', name: 'Typed', role: 'author', personId: '' });
      expect(invalid.statusCode).toBe(400);
      expect(valueOf(invalid.body, '#email')).toBe('not an email');
      expect(texts(parseDocument(invalid.body), '#email-error')).toHaveLength(1);
    });

    it("changes a user's role and linked person, and the new role applies at once", async () => {
      const editor = await signIn(t.app, 'editor');
      expect((await editor.get('/admin/people')).statusCode).toBe(200);
      const saved = await admin.post(`/admin/users/${editor.userId}`, { name: 'Demoted Editor', role: 'contributor', personId: '' }, { tokenFrom: `/admin/users/${editor.userId}/edit` });
      expect(saved.statusCode).toBe(303);
      expect((await editor.get('/admin/people')).statusCode).toBe(403);
      const user = await t.app.byline.services.auth.findUser(editor.userId);
      expect(user).toMatchObject({ role: 'contributor', personId: null, name: 'Demoted Editor' });
    });

    it('makes a reset link that lets the user choose a new password, ending their sessions', async () => {
      const author = await signIn(t.app, 'author');
      const response = await admin.post(`/admin/users/${author.userId}/reset`, {});
      expect(response.statusCode).toBe(200);
      const link = linkOn(response.body);
      expect(link).toMatch(linkPattern);
      const token = new URL(link).searchParams.get('token')!;
      const chooser = browserFor(t.app);
      expect((await chooser.post('/admin/password', { token, password: 'a fresh passphrase here' })).statusCode).toBe(303);
      expect((await chooser.get('/admin/articles')).statusCode).toBe(200); // signed in with it
      expect((await author.get('/admin/articles')).statusCode).toBe(303); // the old session is signed out
      expect((await browserFor(t.app).post('/admin/login', { email: author.email, password: 'a fresh passphrase here' })).statusCode).toBe(303);
    });

    it('refuses user management to every role but administrator', async () => {
      const target = await signIn(t.app, 'contributor');
      const count = (await t.app.byline.services.auth.listUsers()).length;
      for (const role of ['editor', 'author', 'contributor'] as const) {
        const staff = await signIn(t.app, role);
        for (const url of ['/admin/users', '/admin/users/new', `/admin/users/${target.userId}/edit`]) expect((await staff.get(url)).statusCode, `${role} GET ${url}`).toBe(403);
        expect((await staff.post('/admin/users', { email: `sneaky-${role}@example.com`, name: 'Sneaky', role: 'administrator', personId: '' })).statusCode, role).toBe(403);
        expect((await staff.post(`/admin/users/${target.userId}`, { name: 'Sneaky', role: 'administrator', personId: '' })).statusCode, role).toBe(403);
        expect((await staff.post(`/admin/users/${staff.userId}`, { name: 'Self-promoted', role: 'administrator', personId: '' })).statusCode, role).toBe(403);
        const reset = await staff.post(`/admin/users/${target.userId}/reset`, {});
        expect(reset.statusCode, role).toBe(403);
        expect(reset.body).not.toContain('/admin/password?token=');
      }
      expect((await t.app.byline.services.auth.findUser(target.userId))?.role).toBe('contributor');
      expect((await t.app.byline.services.auth.listUsers()).length).toBe(count + 3);
    });

    it('never writes a one-time link to the log', async () => {
      const lines: string[] = [];
      const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
      const logged = await t.another({ logger: { level: 'trace', stream } });
      {
        const staff = await signIn(logged, 'administrator');
        const created = await staff.post('/admin/users', { email: 'logged@example.com', name: 'Logged', role: 'author', personId: '' });
        const token = new URL(linkOn(created.body)).searchParams.get('token')!;
        const reset = await staff.post('/admin/users/1/reset', {});
        const resetToken = new URL(linkOn(reset.body)).searchParams.get('token')!;
        await staff.get(`/admin/password?token=${token}`);
        expect(lines.join('')).toContain('/admin/password'); // the request was logged, without its token
        expect(lines.join('')).not.toContain(token);
        expect(lines.join('')).not.toContain(resetToken);
      }
    });
  });

  // Last in the file: it leaves the site with one administrator, `admin`.
  describe('the last administrator', () => {
    it('cannot be demoted, by themselves or anyone, until another administrator exists', async () => {
      const { auth } = t.app.byline.services;
      for (const user of await auth.listUsers()) if (user.role === 'administrator' && user.userId !== admin.userId) await auth.updateUser(user.userId, { role: 'editor' });
      const refused = await admin.post(`/admin/users/${admin.userId}`, { name: 'Only Admin', role: 'editor', personId: '' }, { tokenFrom: `/admin/users/${admin.userId}/edit` });
      expect(refused.statusCode).toBe(409);
      expect(texts(parseDocument(refused.body), '#role-error')[0]).toContain('only administrator');
      expect(describedBy(refused.body, 'role')).toContain('role-error');
      expect(selected(refused.body, 'role')).toBe('editor');
      expect(valueOf(refused.body, '#name')).toBe('Only Admin');
      expect((await auth.findUser(admin.userId))?.role).toBe('administrator');

      const second = await signIn(t.app, 'administrator');
      expect((await second.post(`/admin/users/${admin.userId}`, { name: 'Only Admin', role: 'editor', personId: '' })).statusCode).toBe(303);
      expect((await auth.findUser(admin.userId))?.role).toBe('editor');
      const self = await second.post(`/admin/users/${second.userId}`, { name: 'Second', role: 'author', personId: '' });
      expect(self.statusCode).toBe(409);
      expect((await auth.findUser(second.userId))?.role).toBe('administrator');
      await auth.updateUser(admin.userId, { role: 'administrator' });
      await auth.updateUser(second.userId, { role: 'editor' });
    });

    it('keeps one administrator when several demote each other at the same moment', async () => {
      const { auth } = t.app.byline.services;
      const others = await Promise.all(Array.from({ length: 5 }, () => signIn(t.app, 'administrator')));
      const ids = [admin.userId, ...others.map((other) => other.userId)];
      const results = await Promise.allSettled(ids.map((id) => auth.updateUser(id, { role: 'editor' })));
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(ids.length - 1);
      expect((await auth.listUsers()).filter((user) => user.role === 'administrator')).toHaveLength(1);
    });
  });
});
