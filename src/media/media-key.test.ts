// Storage keys: readable, unique per upload, and unable to leave the media directory.
import { describe, expect, it } from 'vitest';
import { fileSlug, mediaKey, newUploadToken } from './media-key.ts';
import { isValidMediaKey } from './media-storage.ts';

describe('mediaKey', () => {
  it('names a variant by month, upload token, readable slug and width', () => {
    const key = mediaKey({ uploadedAt: new Date('2026-11-28T12:00:00Z'), token: 'a1b2c3d4e5f6', filename: 'Harbour at Dawn.JPG', width: 800, format: 'jpeg' });
    expect(key).toBe('uploads/2026/11/a1b2c3d4e5f6-harbour-at-dawn-800.jpg');
    expect(isValidMediaKey(key)).toBe(true);
  });

  it('makes a safe slug of any file name', () => {
    expect(fileSlug('C:\\Users\\me\\Zürich Bahnhof.final.png')).toBe('zurich-bahnhof-final');
    expect(fileSlug('../../etc/passwd')).toBe('passwd');
    expect(fileSlug('.jpg')).toBe('image');
    expect(fileSlug('日本.webp')).toBe('image');
  });

  it('gives every upload a new token', () => {
    expect(newUploadToken()).toMatch(/^[0-9a-f]{12}$/);
    expect(newUploadToken()).not.toBe(newUploadToken());
  });
});

describe('isValidMediaKey', () => {
  it('refuses keys that could leave the media directory', () => {
    for (const key of ['../x.jpg', '/etc/passwd', 'uploads/../../x', 'uploads/.hidden', 'Uploads/X.JPG', 'uploads//x.jpg', '']) {
      expect(isValidMediaKey(key), key).toBe(false);
    }
  });
});
