// Spelling through the Hunspell dictionary, with the site's names, tags and custom word list as
// known words and English's regular word-making (word-forms.ts) allowed. Only lowercase words
// are judged, and not those inside a name ("Place des Nations"): a capitalised word the
// dictionary does not know is usually a name, which the names checks look at. Each unknown word
// is reported once a story; suggestions are asked for the first few only (they are slow).
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { proseFields, stem, wordsOf } from '../prose.ts';
import { isRegularForm } from '../word-forms.ts';

const suggestionsPerRun = 12;
/** "café" is spelt right when the dictionary has only "cafe". */
const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

export const spelling: CopyCheck = {
  id: 'spelling',
  kind: 'spelling',
  label: 'Spelling (dictionary and the site’s word list)',
  run(input, lookups) {
    const findings: FindingInput[] = [];
    const reported = new Set<string>();
    for (const { field, text } of proseFields(input)) {
      const tokens = wordsOf(text);
      tokens.forEach((token, i) => {
        if (/^\p{Lu}/u.test(tokens[i - 1]?.word ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.word ?? '') && tokens[i + 1]!.start - token.end === 1) return;
        let offset = token.start;
        for (const part of token.word.split('-')) {
          const start = offset;
          offset += part.length + 1;
          const word = stem(part).replace(/['’]$/u, '');
          if (word.length < 3 || !/^\p{Ll}+$/u.test(word) || reported.has(word) || lookups.isWord(word) || lookups.isWord(token.word) || isRegularForm(word, lookups.inDictionary) || lookups.inDictionary(unaccented(word))) continue;
          reported.add(word);
          const times = tokens.filter((other) => other.word.split('-').some((p) => stem(p) === word)).length;
          const suggestions = reported.size <= suggestionsPerRun ? lookups.suggest(word).slice(0, 3) : [];
          findings.push({
            severity: 'warning',
            field,
            start,
            end: start + word.length,
            message: `“${word}” is not in the dictionary${times > 1 ? ` (${times} times in this field)` : ''}${suggestions.length ? `: did you mean ${suggestions.map((s) => `“${s}”`).join(' or ')}?` : '.'} If it is right, add it to the site’s word list.`,
            ...(suggestions[0] && { fix: { replacement: suggestions[0], label: `Make it “${suggestions[0]}”` } }),
          });
        }
      });
    }
    return findings;
  },
};
