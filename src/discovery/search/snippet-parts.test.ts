// Snippets come back from the database with U+E000/U+E001 around matches; views get parts.
import { describe, expect, it } from 'vitest';
import { plainText, snippetParts } from './snippet-parts.ts';

describe('snippetParts', () => {
  it('splits a marked snippet into text and matches', () => {
    const parts = snippetParts('…the \uE000climate\uE001 and \uE000summit\uE001');
    expect(parts).toEqual([
      { text: '…the ', match: false },
      { text: 'climate', match: true },
      { text: ' and ', match: false },
      { text: 'summit', match: true },
    ]);
    expect(plainText(parts)).toBe('…the climate and summit');
  });

  it('keeps markup as text: it is escaped where it is shown', () => {
    expect(snippetParts('<script>\uE000x\uE001</script> & co')).toEqual([
      { text: '<script>', match: false },
      { text: 'x', match: true },
      { text: '</script> & co', match: false },
    ]);
  });

  it('joins adjacent matches and tolerates an unclosed marker', () => {
    expect(snippetParts('\uE000a\uE001\uE000b\uE001')).toEqual([{ text: 'ab', match: true }]);
    expect(snippetParts('x \uE000y')).toEqual([{ text: 'x ', match: false }, { text: 'y', match: true }]);
    expect(snippetParts('')).toEqual([]);
  });
});
