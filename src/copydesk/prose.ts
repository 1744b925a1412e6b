// The prose of a Markdown body with everything that is not prose masked out, offsets kept:
// link targets, images, code, HTML, bare addresses and Markdown's own marks become MASK
// characters, so checks read the words a reader will read and report places in the source.
export const MASK = '\u0000';

const masked = (match: string) => MASK.repeat(match.length);

/** The body with non-prose masked; same length as the source, so offsets match. */
export function maskMarkdown(markdown: string): string {
  let text = markdown;
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, masked);
  text = text.replace(/`[^`\n]+`/g, masked);
  text = text.replace(/!\[[^[\]\n]*\]\([^)\n]*\)/g, masked);
  // A link keeps its text: "[the report](/x)" reads "the report".
  text = text.replace(/\[([^[\]\n]*)\]\([^)\n]*\)/g, (all: string, label: string) => MASK + label + MASK.repeat(all.length - label.length - 1));
  text = text.replace(/<[^>\n]+>/g, masked);
  text = text.replace(/\bhttps?:\/\/[^\s)]+|\bwww\.[^\s)]+|[\w.+-]+@[\w-]+\.[\w.]+/g, masked);
  text = text.replace(/^( {0,3})(#{1,6} |> ?|[-*+] |\d+[.)] )/gm, (_all, indent: string, mark: string) => indent + MASK.repeat(mark.length));
  text = text.replace(/(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})/g, (mark) => MASK.repeat(mark.length));
  text = text.replace(/(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])/gu, MASK);
  return text;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words: letters with inner apostrophes and hyphens. A possessive 's stays on the word. */
export function wordsOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** A word without its possessive ending: "Castellan’s" → "Castellan". */
export function stem(word: string): string {
  return word.replace(/['’]s$/u, '');
}

/** True when the word starts a sentence: after a paragraph break or . ! ? (past quotes and brackets). */
export function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(\[—–\u0000-]/u.test(text[i]!)) {
    if (text[i] === '\n' && (text[i - 1] === '\n' || i === 0)) return true;
    i--;
  }
  return i < 0 || /[.!?:…]/.test(text[i]!);
}

/** Paragraph ranges of a text (split on blank lines). */
export function paragraphsOf(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /\n[ \t]*\n/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    ranges.push([start, match.index!]);
    start = match.index! + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges.filter(([s, e]) => e > s);
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && !/^[\p{Lu}\p{N}'’-]+$/u.test(word);

/** Capitalised words that are not sentence openers nor all-capital acronyms: the candidate names. */
export function capitalisedWords(text: string): (Token & { sentenceStart: boolean })[] {
  return wordsOf(text)
    .filter((token) => isCapitalised(token.word))
    .map((token) => ({ ...token, word: stem(token.word), end: token.start + stem(token.word).length, sentenceStart: startsSentence(text, token.start) }));
}

export interface ProseField {
  field: 'headline' | 'standfirst' | 'bodyMarkdown';
  /** The field's text with non-prose masked (only the body has any). */
  text: string;
}

let lastBody: { source: string; masked: string } | undefined;

/** The headline, standfirst and body as prose, the body masked (memoised: every check asks). */
export function proseFields(input: { headline: string; standfirst: string; bodyMarkdown: string }): ProseField[] {
  if (lastBody?.source !== input.bodyMarkdown) lastBody = { source: input.bodyMarkdown, masked: maskMarkdown(input.bodyMarkdown) };
  return [
    { field: 'headline', text: input.headline },
    { field: 'standfirst', text: input.standfirst },
    { field: 'bodyMarkdown', text: lastBody.masked },
  ];
}
