// The mail settings: off unless an SMTP URL is given, and its password never shown.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSmtp, loadConfig } from './config.ts';

const cwd = () => mkdtempSync(path.join(tmpdir(), 'byline-config-'));

describe('mail settings', () => {
  it('send nothing by default, from Byline <no-reply@localhost>', () => {
    const config = loadConfig({ env: {}, cwd: cwd() });
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mailFrom).toBe('Byline <no-reply@localhost>');
  });

  it('read an smtp:// or smtps:// URL and a sender', () => {
    expect(loadConfig({ env: { BYLINE_SMTP_URL: 'smtps://news:s3cret@mail.example.com:465', BYLINE_MAIL_FROM: 'The Ledger <desk@example.com>' }, cwd: cwd() })).toMatchObject({
      smtpUrl: 'smtps://news:s3cret@mail.example.com:465',
      mailFrom: 'The Ledger <desk@example.com>',
    });
  });

  it('describe the SMTP server without its password', () => {
    expect(describeSmtp('smtp://news:s3cret@mail.example.com:587')).toBe('smtp://news:***@mail.example.com:587');
  });

  it.each([['https://news:s3cret@mail.example.com'], ['smtp//news:s3cret@mail.example.com'], ['news:s3cret@mail']])('stop on BYLINE_SMTP_URL=%s without printing the password', (value) => {
    expect(() => loadConfig({ env: { BYLINE_SMTP_URL: value }, cwd: cwd() })).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(/BYLINE_SMTP_URL is .*; expected /) }));
    expect(() => loadConfig({ env: { BYLINE_SMTP_URL: value }, cwd: cwd() })).toThrowError(expect.objectContaining({ message: expect.not.stringContaining('s3cret') }));
  });

  it('stop on a sender that is no address', () => {
    expect(() => loadConfig({ env: { BYLINE_MAIL_FROM: 'Byline' }, cwd: cwd() })).toThrowError(/BYLINE_MAIL_FROM is "Byline"; expected /);
  });
});
