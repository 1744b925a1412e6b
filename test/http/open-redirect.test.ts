// Regression (issue 8): `next=/%09/evil.example/` and friends sent a signed-in user to another
// site. Every hostile value below must land on the newsroom; same-site paths are kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeNext } from '../../src/admin/safe-next.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

export const hostileNext = [
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example/',
  '/\n/evil.example/',
  '/\r\n/evil.example/',
  '/%09/evil.example/',
  '/%0a/evil.example/',
  '/%2F/evil.example/',
  '/%5Cevil.example',
  '%2F%2Fevil.example',
  '/%252F/evil.example/',
  '/%25%30%39/evil.example/',
  'https://evil.example/',
  'HTTPS://evil.example',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'evil.example',
  '',
  '/%E0%A4%A',
];

describe('the address after sign-in', () => {
  it.each(hostileNext)('never leaves the site for next=%j', (next) => {
    expect(safeNext(next)).toBe('/admin');
  });

  it.each([
    ['/admin/articles?mine=1', '/admin/articles?mine=1'],
    ['/admin/articles/12/edit#body', '/admin/articles/12/edit#body'],
    ['/admin/comments?status=pending&page=2', '/admin/comments?status=pending&page=2'],
    ['/admin/../admin/users', '/admin/users'],
  ])('keeps the same-site path %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  describe('through HTTP', () => {
    let t: TestApp;
    let staff: Staff;
    beforeAll(async () => {
      t = await buildTestApp();
      staff = await signIn(t.app, 'author');
    });
    afterAll(() => t.close());

    it('redirects a signed-in visitor of the sign-in page only within the site, whatever next says', async () => {
      for (const next of hostileNext) {
        const response = await staff.get(`/admin/login?next=${encodeURIComponent(next)}`);
        expect(response.statusCode, next).toBe(303);
        expect(response.headers.location, next).toBe('/admin');
      }
      expect((await staff.get('/admin/login?next=%2Fadmin%2Fusers')).headers.location).toBe('/admin/users');
    });

    it('stays on the site after a sign-in form posted with a hostile next', async () => {
      for (const next of ['/%09/evil.example/', '/\t/evil.example/', '/\\evil.example']) {
        const response = await staff.post('/admin/login', { email: staff.email, password: staff.password, next });
        expect(response.headers.location, next).toBe('/admin');
      }
    });
  });
});
