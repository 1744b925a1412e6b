// The exports of a CommonJS package loaded with import(). Node gives them both as named exports
// and as `default`; the build (scripts/build.js bundles npm packages) gives a lazily loaded
// CommonJS package's exports as `default` only. This reads them either way.

/** `await import('cli-progress')` → its exports, under Node and in dist/ alike. */
export function commonJsExports<T extends object>(namespace: T): T {
  const fallback = (namespace as { default?: unknown }).default;
  return (fallback !== null && typeof fallback === 'object' ? fallback : namespace) as T;
}
