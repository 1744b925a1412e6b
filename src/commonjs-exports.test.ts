// Regression (issue 9): once the build bundled npm packages, `await import('cli-progress')` in
// dist/ had no named exports (only `default`), and `byline reindex` in a terminal crashed.
import { describe, expect, it } from 'vitest';
import { commonJsExports } from './commonjs-exports.ts';

describe('commonJsExports', () => {
  const exports = { SingleBar: class {}, Presets: { shades_classic: {} } };

  it('reads the exports from default when the bundle gives only default', () => {
    expect(commonJsExports({ default: exports } as unknown as typeof exports)).toBe(exports);
  });

  it('reads Node\'s namespace, which has the exports both named and as default', () => {
    const namespace = { ...exports, default: exports };
    expect(commonJsExports(namespace).Presets).toBe(exports.Presets);
  });

  it('keeps an ES module namespace whose default is not an exports object', () => {
    const namespace = { stemmer: (word: string) => word, default: (word: string) => word };
    expect(commonJsExports(namespace)).toBe(namespace);
  });
});
