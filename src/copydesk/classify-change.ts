// What kind of change an edit to a published story is, so the newsroom cannot call a
// correction a typo: a changed number, name or quotation is never a silent fix; nor is any
// rewording. Only spelling-sized changes (a word or two with a letter or two different) and
// punctuation or spacing may go out without a note to readers.
import { diffWordsWithSpace } from 'diff';
import { editDistance } from './name-distance.ts';

export interface ChangeText {
  headline: string;
  standfirst: string;
  bodyMarkdown: string;
}

export interface ChangeClass {
  /** Nothing readers see differs. */
  unchanged: boolean;
  /** Only typos were fixed: it may go out without a note. */
  silentAllowed: boolean;
  /** Why not: "a number", "a name", "a quotation", "the wording". */
  reasons: string[];
}

/** Ranges inside quotation marks, straight or curly. */
function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”|"[^"\n]*"/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

function classifyField(before: string, after: string, reasons: Set<string>): void {
  const quotes = { before: quotedRanges(before), after: quotedRanges(after) };
  const inQuote = (ranges: [number, number][], at: number, length: number) => ranges.some(([s, e]) => at < e && at + length > s);
  let offsets = { before: 0, after: 0 };
  const parts = diffWordsWithSpace(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      offsets = { before: offsets.before + part.value.length, after: offsets.after + part.value.length };
      continue;
    }
    const removed = part.removed ? part.value : '';
    const next = part.removed && parts[i + 1]?.added ? parts[++i]!.value : '';
    const added = part.added ? part.value : next;
    const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const [was, now] = [words(removed), words(added)];
    if (/\d/.test(removed + added)) reasons.add('a number');
    const wordsChanged = was.join(' ') !== now.join(' ');
    // "the the" → "the": taking out a doubled word is a typo fix.
    const doubled = now.length === 0 && was.length === 1 && new RegExp(`\\b${was[0]}\\s*$`, 'iu').test(before.slice(0, offsets.before));
    if (wordsChanged && !doubled) {
      if (/\p{Lu}/u.test(removed + added)) reasons.add('a name');
      if (inQuote(quotes.before, offsets.before, removed.length) || inQuote(quotes.after, offsets.after, added.length)) reasons.add('a quotation');
      const typo = was.length === now.length && was.every((word, j) => editDistance(word.toLowerCase(), now[j]!.toLowerCase()) <= 2);
      if (!typo) reasons.add('the wording');
    }
    offsets = { before: offsets.before + removed.length, after: offsets.after + added.length };
  }
}

export function classifyChange(before: ChangeText, after: ChangeText): ChangeClass {
  const reasons = new Set<string>();
  for (const field of ['headline', 'standfirst', 'bodyMarkdown'] as const) if (before[field] !== after[field]) classifyField(before[field], after[field], reasons);
  const unchanged = (['headline', 'standfirst', 'bodyMarkdown'] as const).every((field) => before[field] === after[field]);
  return { unchanged, silentAllowed: reasons.size === 0, reasons: [...reasons] };
}
