// Media on the local disk under `<dataDir>/media/`, which web/media.ts serves at `/media/` with
// immutable caching. Files are written with the `wx` flag so an existing file is never replaced;
// the content type is implied by the extension, so it is not recorded.
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isValidMediaKey, type MediaStorage } from './media-storage.ts';

/** The key names no file: nothing there, a folder of other files (`uploads/2026`), or a path through a file. */
const namesNoFile = (error: unknown) => ['ENOENT', 'EISDIR', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

export function createLocalMediaStorage(dataDir: string): MediaStorage {
  const root = path.join(dataDir, 'media');
  const fileOf = (key: string): string => {
    if (!isValidMediaKey(key)) throw new Error(`Not a valid media key: ${JSON.stringify(key)}`);
    return path.join(root, ...key.split('/'));
  };

  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: 'wx' });
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if (namesNoFile(error)) return undefined;
        throw error;
      }
    },
    async delete(key) {
      try {
        await unlink(fileOf(key));
      } catch (error) {
        if (!namesNoFile(error)) throw error;
      }
    },
    url: (key) => `/media/${key}`,
    keyOf: (url) => {
      const key = url.startsWith('/media/') ? url.slice('/media/'.length) : undefined;
      return key !== undefined && isValidMediaKey(key) ? key : undefined;
    },
  };
}
