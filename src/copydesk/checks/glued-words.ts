// Glued and broken words: a word no dictionary or site list knows that is a known word with a
// lost space and another word after it ("Beijingthe", "thehospital", "Timesa" from "Times a"),
// or a known word with one or two stray letters on the end ("councilr"). A real closed compound
// the dictionary lacks ("meltwater", "chipmaking") is not glued: a glued pair has a common word
// in it, or a finished word (plural, tense, adverb) as its first half. Inside a capitalised word
// the first half must be a name the site or the dictionary knows as a name.
import type { CopyCheck, CopyLookups } from '../copy.ts';
import { commonWords, inflectedEnding } from '../common-words.ts';
import type { FindingInput } from '../finding.ts';
import { proseFields, startsSentence, stem, wordsOf } from '../prose.ts';

type Lookups = Pick<CopyLookups, 'isWord' | 'inDictionary' | 'archive' | 'registry'>;

const isCommon = (word: string) => commonWords.has(word.toLowerCase());
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/** A name as a name: the site uses it as one, or the dictionary has it only with a capital ("Beijing"; "Times" only if the site has it). */
const isName = (word: string, lookups: Lookups) =>
  lookups.archive.count(word) >= 2 || lookups.registry.count(word) > 0 || (lookups.inDictionary(word) && !lookups.inDictionary(word.toLowerCase()));

function gluedPair(word: string, lookups: Lookups): { left: string; right: string } | undefined {
  let best: { left: string; right: string; score: number } | undefined;
  for (let i = 1; i < word.length; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (capitalised(word)) {
      // "Beijingthe", "Timesa", "HarwickCity": a name, then a common word or another capitalised word.
      const rightOk = (isCommon(right) && !capitalised(right)) || (capitalised(right) && right.length >= 3 && lookups.isWord(right));
      if (left.length < 3 || !rightOk || !(isName(left, lookups) || (capitalised(right) && lookups.isWord(left)))) continue;
    } else {
      if (!lookups.isWord(left) || !lookups.isWord(right)) continue;
      if ((left.length < 3 && !isCommon(left)) || (right.length < 3 && !isCommon(right))) continue;
      if (!isCommon(left) && !isCommon(right) && !inflectedEnding.test(left)) continue;
    }
    const score = (isCommon(left) || isCommon(right) ? 100 : 0) + Math.min(left.length, right.length);
    if (!best || score > best.score) best = { left, right, score };
  }
  return best && { left: best.left, right: best.right };
}

const strayEndings = new Set(['s', 'es', 'd', 'ed', 'n', 'y', 'ly']);

export const gluedWords: CopyCheck = {
  id: 'glued-words',
  kind: 'words',
  label: 'Glued words and stray letters',
  run(input, lookups) {
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      for (const token of wordsOf(text)) {
        const word = stem(token.word);
        if (word.length < 4 || /[\p{N}'’-]/u.test(word) || /^[\p{Lu}]+$/u.test(word) || lookups.isWord(word)) continue;
        const end = token.start + word.length;
        // At a sentence's start, "Thehospital" is "thehospital" with its capital.
        const opener = startsSentence(text, token.start) && capitalised(word) && !capitalised(word.slice(1));
        const lowered = opener ? word[0]!.toLowerCase() + word.slice(1) : word;
        const found = gluedPair(word, lookups) ?? (opener ? gluedPair(lowered, lookups) : undefined);
        const pair = found && opener && found.left[0] !== word[0] ? { left: word[0] + found.left.slice(1), right: found.right } : found;
        if (pair) {
          findings.push({ severity: 'error', field, start: token.start, end, message: `“${word}” looks like “${pair.left}” and “${pair.right}” with the space between them lost.`, fix: { replacement: `${pair.left} ${pair.right}`, label: `Make it “${pair.left} ${pair.right}”` } });
          continue;
        }
        if (capitalised(word)) continue;
        for (const stray of [1, 2]) {
          const left = word.slice(0, -stray);
          if (left.length >= 4 && !strayEndings.has(word.slice(-stray)) && lookups.isWord(left)) {
            findings.push({ severity: 'warning', field, start: token.start, end, message: `“${word}” is not a word: “${left}” with stray letters?`, fix: { replacement: left, label: `Make it “${left}”` } });
            break;
          }
        }
      }
    }
    return findings;
  },
};
