// Headline and standfirst: written in capitals. Shouting in a list of headlines, harder to read,
// and search engines may rewrite it. Acronyms ("NATO", "BBC") alone are fine.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';

export const capitals: CopyCheck = {
  id: 'capitals',
  kind: 'headline',
  label: 'Headline or standfirst in capitals',
  run(input) {
    const findings: FindingInput[] = [];
    for (const field of ['headline', 'standfirst', 'seoTitle'] as const) {
      const words = input[field].match(/[\p{L}]{2,}/gu) ?? [];
      const shouted = words.filter((word) => word === word.toUpperCase());
      if (words.length >= 3 && shouted.length / words.length > 0.6) {
        findings.push({ severity: 'warning', field, start: 0, end: input[field].length, message: `The ${field === 'seoTitle' ? 'SEO title' : field} is in capitals: write it in sentence case.` });
      }
    }
    return findings;
  },
};
