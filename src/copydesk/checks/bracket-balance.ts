// Punctuation balance: parentheses, square brackets and braces, within a paragraph (they never
// span one). Link syntax is masked out before this runs, and so are list markers like "1)".
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { paragraphsOf, proseFields } from '../prose.ts';

const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export const bracketBalance: CopyCheck = {
  id: 'bracket-balance',
  kind: 'balance',
  label: 'Brackets opened and closed',
  run(input) {
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      for (const [start, end] of paragraphsOf(text)) {
        const stack: { mark: string; at: number }[] = [];
        const report = (at: number, message: string, fix?: string) => findings.push({ severity: 'error', field, start: at, end: at + 1, message, ...(fix && { fix: { replacement: fix, label: `Make it ${fix}` } }) });
        for (let at = start; at < end; at++) {
          const c = text[at]!;
          if (c in closing) stack.push({ mark: c, at });
          else if (c in pairs) {
            if (/[:;]/.test(text[at - 1] ?? '') && c === ')') continue; // a smiley in a quoted message
            const open = stack.pop();
            if (!open) report(at, `“${c}” closes a bracket that was never opened.`);
            else if (open.mark !== pairs[c]) report(at, `“${c}” closes the “${open.mark}” opened earlier.`, closing[open.mark]);
          }
        }
        for (const open of stack) report(open.at, `This “${open.mark}” is never closed.`);
      }
    }
    return findings;
  },
};
