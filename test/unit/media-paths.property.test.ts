// Property-based tests of where media files go: every key Byline makes from an uploaded file's
// name (any name: ../, backslashes, NUL, unicode) is a valid key inside the media directory, and
// local storage refuses or misses every hostile key or URL, never reading or writing outside
// <dataDir>/media. Real files: a secret beside the media directory must never come back.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mediaKey, newUploadToken } from '../../src/media/media-key.ts';
import { createLocalMediaStorage } from '../../src/media/media-storage.local.ts';
import { isValidMediaKey } from '../../src/media/media-storage.ts';
import { anyText, runs } from '../helpers/property.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-media-prop-'));
const root = path.join(dataDir, 'media');
mkdirSync(path.join(root, 'uploads'), { recursive: true });
const secret = Buffer.from('not for readers');
writeFileSync(path.join(dataDir, 'secret.txt'), secret);
writeFileSync(path.join(dataDir, 'byline.db'), secret);
const storage = createLocalMediaStorage(dataDir);

const pathPieces = ['..', '.', '/', '\\', '%2e', '%2f', '%2e%2e', '..%2f', '%00', '\u0000', 'secret.txt', 'byline.db', 'media', 'uploads', '2026', 'a', '~', '//', '.hidden', 'C:', '\u2024\u2024', '\uff0e\uff0e'];
const hostilePath = fc.array(fc.constantFrom(...pathPieces), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
const anyKey = fc.oneof(hostilePath, anyText);

const inside = (file: string) => path.resolve(file).startsWith(root + path.sep);

describe('media keys and paths, for any input', () => {
  afterAll(() => {
    // Whatever was written stayed inside the media directory.
    expect(readdirSync(dataDir).sort()).toEqual(['byline.db', 'media', 'secret.txt']);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes a valid key inside the media directory from any uploaded file name', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePath, anyText), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('avif', 'webp', 'jpeg', 'png' as const), (filename, uploadedAt, width, format) => {
        const key = mediaKey({ uploadedAt, token: newUploadToken(), filename, width, format });
        expect(isValidMediaKey(key)).toBe(true);
        expect(inside(path.join(root, ...key.split('/')))).toBe(true);
      }),
      runs(500),
    );
  });

  it('accepts as valid only keys that stay inside the media directory', () => {
    fc.assert(
      fc.property(anyKey, (key) => {
        if (isValidMediaKey(key)) expect(inside(path.join(root, ...key.split('/')))).toBe(true);
      }),
      runs(1000),
    );
  });

  it('never reads, writes or deletes outside the media directory, whatever the key', async () => {
    await fc.assert(
      fc.asyncProperty(anyKey, async (key) => {
        const valid = isValidMediaKey(key);
        const read = storage.get!(key).then((bytes) => ({ bytes }), (error: Error) => ({ error }));
        const outcome = await read;
        if ('error' in outcome) {
          expect(valid).toBe(false);
          expect(outcome.error.message).toMatch(/^Not a valid media key/);
        } else if (outcome.bytes) expect(Buffer.from(outcome.bytes).equals(secret)).toBe(false);
        // A valid key may name a folder of other files (`uploads`): no file to delete, so it is left in place.
        await storage.delete(key).catch((error: Error) => expect(error.message).toMatch(/^Not a valid media key/));
        await storage.put(key, Buffer.from('x'), 'image/png').catch((error: Error & { code?: string }) => expect(error.message).toMatch(/^Not a valid media key|EEXIST|ENOTDIR|EISDIR/));
        expect(existsSync(path.join(dataDir, 'secret.txt'))).toBe(true);
      }),
      runs(300),
    );
  });

  // Found by seeds 5 and 6: these threw EISDIR and ENOTDIR instead of answering "no such file".
  it('answers a key naming a folder, or a path through a file, as naming no file', async () => {
    await storage.put('uploads/2026/11/abc-x-1.png', Buffer.from('x'), 'image/png');
    for (const key of ['uploads', 'uploads/2026', 'uploads/2026/11/abc-x-1.png/inside.png']) {
      expect(await storage.get!(key), key).toBeUndefined();
      await expect(storage.delete(key), key).resolves.toBeUndefined();
    }
    expect(existsSync(path.join(root, 'uploads', '2026', '11', 'abc-x-1.png'))).toBe(true);
  });

  it('turns a URL into a key only for its own /media/ URLs', () => {
    fc.assert(
      fc.property(fc.oneof(anyKey.map((key) => `/media/${key}`), anyKey), (url) => {
        const key = storage.keyOf(url);
        if (key === undefined) return;
        expect(isValidMediaKey(key)).toBe(true);
        expect(storage.url(key)).toBe(url);
      }),
      runs(500),
    );
  });
});
