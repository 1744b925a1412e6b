// Initials on avatars: whole graphemes, never half an emoji or a bare combining accent.
import { describe, expect, it } from 'vitest';
import { initialsOf } from './format.ts';

describe('initialsOf', () => {
  it('takes the first and last words’ first letters', () => {
    expect(initialsOf('Mara de la Cruz')).toBe('MC');
    expect(initialsOf('ingrid')).toBe('I');
  });

  it('does not break on an emoji at the end of a name (issue 13)', () => {
    expect(initialsOf('Mara Reader 🌊')).toBe('MR');
    expect(initialsOf('Sam 👩‍👩‍👧')).toBe('S');
    expect(initialsOf('Sam👩‍👩‍👧')).toBe('S');
  });

  it('keeps a letter with a combining accent whole, and an emoji-only name as one grapheme', () => {
    expect(initialsOf('e\u0301mile zola')).toBe('E\u0301Z');
    expect(initialsOf('🇫🇷 ')).toBe('🇫🇷');
    expect(initialsOf('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });
});
