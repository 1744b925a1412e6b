// Doubled words: "the the", "to to", across a line break too. "had had" and "that that" can be
// right, so they are left alone.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { proseFields } from '../prose.ts';

const allowed = new Set(['had', 'that', 'bye', 'knock', 'tut', 'very', 'no', 'now', 'ha']);

export const doubledWords: CopyCheck = {
  id: 'doubled-words',
  kind: 'words',
  label: 'Doubled words',
  run(input) {
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])([\p{L}]+)([ \t]+\n?[ \t]*|\n)\1(?![\p{L}\p{N}'’-])/giu)) {
        const word = match[1]!;
        if (allowed.has(word.toLowerCase()) || /^\p{N}/u.test(word)) continue;
        const second = match.index! + word.length + match[2]!.length;
        findings.push({ severity: 'error', field, start: match.index!, end: second + word.length, message: `“${word}” twice in a row.`, fix: { replacement: word, label: 'Remove the second one' } });
      }
    }
    return findings;
  },
};
