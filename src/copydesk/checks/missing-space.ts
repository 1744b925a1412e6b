// A space lost after sentence punctuation: "ended.The", "said,and". Decimal numbers, times,
// abbreviations (U.S., e.g.) and web addresses are not sentences; addresses are masked already.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { proseFields } from '../prose.ts';

export const missingSpace: CopyCheck = {
  id: 'missing-space',
  kind: 'words',
  label: 'Missing space after punctuation',
  run(input) {
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      const pattern = /(?<=[\p{Ll}\p{N}”"’)\]]{2})([.!?])(\p{Lu}[\p{Ll}\s])|(?<=[\p{Ll}\p{N}]{2})([,;:])(\p{Ll}{2})/gu;
      for (const match of text.matchAll(pattern)) {
        const mark = match[1] ?? match[3]!;
        const at = match.index!;
        const before = text.slice(Math.max(0, text.lastIndexOf(' ', at) + 1), at);
        if (/\.\p{L}/u.test(before) || /\p{N}$/u.test(before) && mark === ':') continue; // "e.g", "Node.Js", "3:"
        findings.push({ severity: 'error', field, start: at, end: at + 2, message: `No space after “${mark}”.`, fix: { replacement: `${mark} ${text[at + 1]}`, label: 'Add the space' } });
      }
    }
    return findings;
  },
};
