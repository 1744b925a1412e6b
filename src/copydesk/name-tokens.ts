// The names in an article, as the names checks see them: capitalised words that are not
// ordinary words (a sentence's "The", a street's "Road"), with every place each one appears.
import type { CopyInput, CopyLookups } from './copy.ts';
import { capitalisedWords, proseFields, type ProseField } from './prose.ts';

export interface NameUse {
  field: ProseField['field'];
  start: number;
  end: number;
}

export function namesIn(input: CopyInput, lookups: Pick<CopyLookups, 'isWord' | 'inDictionary'>): Map<string, NameUse[]> {
  const names = new Map<string, NameUse[]>();
  for (const { field, text } of proseFields(input)) {
    for (const token of capitalisedWords(text)) {
      if (token.word.length < 2 || lookups.inDictionary(token.word.toLowerCase())) continue;
      names.set(token.word, [...(names.get(token.word) ?? []), { field, start: token.start, end: token.end }]);
    }
  }
  return names;
}
