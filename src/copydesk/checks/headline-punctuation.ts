// Headline and standfirst: a headline that ends with a full stop, comma, colon or semicolon
// (a question or exclamation mark can be meant; an ellipsis too).
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';

export const headlinePunctuation: CopyCheck = {
  id: 'headline-punctuation',
  kind: 'headline',
  label: 'Headline ending with punctuation',
  run(input) {
    const findings: FindingInput[] = [];
    for (const field of ['headline', 'seoTitle'] as const) {
      const text = input[field].trimEnd();
      const match = /(?<!\.)[.,;:]$/.exec(text);
      if (match) findings.push({ severity: 'warning', field, start: match.index, end: match.index + 1, message: `Headlines do not end with “${match[0]}”.`, fix: { replacement: '', label: `Remove the “${match[0]}”` } });
    }
    return findings;
  },
};
