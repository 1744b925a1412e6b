// A readable diff of two article bodies for the revisions page: changed words marked as
// inserted or deleted, unchanged runs kept. Uses jsdiff (`diff`), on words with whitespace.
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}
