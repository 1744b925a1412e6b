// Where variant files live, behind an interface so object storage (S3 and the like) can replace
// the local disk without touching callers. Keys are relative paths such as
// `uploads/2026/11/<token>-<slug>-480.webp`; `put` never overwrites an existing key.
export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get?(key: string): Promise<Uint8Array | undefined>;
  /** Removes the file; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
  /** The URL readers fetch the file from. */
  url(key: string): string;
  /** The key behind one of this storage's URLs; undefined for any other URL. */
  keyOf(url: string): string | undefined;
}

/** Keys are lowercase relative paths: no `..`, no leading slash, nothing a URL must escape. */
export function isValidMediaKey(key: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*)*$/.test(key) && !key.split('/').some((part) => part.startsWith('.') || part.includes('..'));
}
