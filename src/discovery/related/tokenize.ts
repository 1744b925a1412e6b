// Splitting text into words, and finding the people and places a text names. Words are runs of
// letters and digits, lower-cased; an apostrophe splits a word, and one-letter pieces and bare
// numbers are dropped ("Geneva's" → "geneva", "l'accord" → "accord"). No stemming here.

const word = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [match] of text.normalize('NFC').matchAll(word)) {
    if (match.length < 2 || /^\p{N}+$/u.test(match)) continue;
    tokens.push(match.toLowerCase());
  }
  return tokens;
}

const capitalisedWord = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Capitalised multi-word names ("Amara Osei", "European Central Bank"), lower-cased. A leading
 * capitalised stop word ("The", "After") is a sentence start, not part of the name; one word
 * alone is left to the ordinary terms. Not meant for Title Case headlines.
 */
export function namesIn(text: string, isStopword: (word: string) => boolean): string[] {
  const names: string[] = [];
  for (const sentence of text.normalize('NFC').split(/[.!?;:,()"“”\n]+/u)) {
    let run: string[] = [];
    const flush = () => {
      while (run.length > 0 && isStopword(run[0]!.toLowerCase())) run.shift();
      if (run.length >= 2) names.push(run.join(' ').toLowerCase());
      run = [];
    };
    for (const piece of sentence.split(/\s+/u)) {
      const bare = piece.replace(/['’]s$/u, '');
      if (!capitalisedWord.test(bare)) {
        flush();
        continue;
      }
      run.push(bare);
      if (bare !== piece) flush(); // "Osei's" ends the name
    }
    flush();
  }
  return names;
}
