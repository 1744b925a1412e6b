// Stray double spaces between words (a Markdown line break, two spaces at a line's end, is not
// one: it is followed by the new line).
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { proseFields } from '../prose.ts';

export const doubleSpaces: CopyCheck = {
  id: 'double-spaces',
  kind: 'words',
  label: 'Double spaces',
  run(input) {
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      for (const match of text.matchAll(/(?<=[^\s\u0000]) {2,}(?=[^\s\u0000])/g)) {
        findings.push({ severity: 'warning', field, start: match.index!, end: match.index! + match[0].length, message: 'More than one space between words.', fix: { replacement: ' ', label: 'Make it one space' } });
      }
    }
    return findings;
  },
};
