// Punctuation balance: quotation marks, straight and curly, double with single ones nested in
// them, paragraph by paragraph. A quotation that runs on into the next paragraph may leave its
// paragraph open when the next one opens again, as news style does. Curly ’ and straight ' are
// also apostrophes, so a single quote counts as closing only while one is open.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { MASK, paragraphsOf, proseFields } from '../prose.ts';

type Open = { mark: string; at: number; double: boolean };

const spaceBefore = (text: string, at: number) => at === 0 || /[\s([{—–\u0000“‘"'/]/u.test(text[at - 1]!);
const letterAfter = (text: string, at: number) => at + 1 < text.length && /[\p{L}\p{N}]/u.test(text[at + 1]!);
const opensQuote = (paragraph: string) => /^[\s\u0000]*[“"]/u.test(paragraph);

export const quoteBalance: CopyCheck = {
  id: 'quote-balance',
  kind: 'balance',
  label: 'Quotation marks opened and closed',
  run(input) {
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      const paragraphs = paragraphsOf(text);
      paragraphs.forEach(([start, end], index) => {
        const stack: Open[] = [];
        const report = (at: number, message: string, fix?: string) => findings.push({ severity: 'error', field, start: at, end: at + 1, message, ...(fix && { fix: { replacement: fix, label: `Make it ${fix}` } }) });
        const closeSingles = () => {
          while (stack.length > 0 && !stack.at(-1)!.double) report(stack.pop()!.at, 'This single quotation mark is not closed before the quotation around it ends.');
        };
        for (let at = start; at < end; at++) {
          const c = text[at]!;
          if (c === '“') {
            if (stack.some((open) => open.double)) {
              report(at, 'An opening quotation mark inside a quotation that is still open: should it be a closing one?', '”');
              closeSingles();
              stack.pop();
            } else stack.push({ mark: c, at, double: true });
          } else if (c === '”') {
            closeSingles();
            if (stack.at(-1)?.double) stack.pop();
            else report(at, 'A closing quotation mark with no opening one.');
          } else if (c === '"') {
            const open = stack.find((o) => o.double);
            if (open && at > start && !/[\s\u0000]/u.test(text[at - 1]!)) {
              closeSingles();
              stack.pop();
            } else if (open) {
              report(open.at, 'This quotation is not closed before the next one opens.');
              stack.length = 0;
              stack.push({ mark: c, at, double: true });
            } else if (spaceBefore(text, at)) stack.push({ mark: c, at, double: true });
            else report(at, 'A closing quotation mark with no opening one.');
          } else if (c === '‘' || (c === "'" && spaceBefore(text, at) && letterAfter(text, at) && !/^'(tis|twas|em|n'|cause|til)\b/i.test(text.slice(at, at + 6)))) {
            if (spaceBefore(text, at)) stack.push({ mark: c, at, double: false });
          } else if ((c === '’' || c === "'") && stack.at(-1) && !stack.at(-1)!.double && !letterAfter(text, at) && text[at - 1] !== MASK) {
            stack.pop();
          }
        }
        const next = paragraphs[index + 1];
        for (const open of stack) {
          if (open.double && next && opensQuote(text.slice(next[0], next[1]))) continue;
          report(open.at, open.double ? 'This quotation is never closed.' : 'This single quotation mark is never closed.');
        }
      });
    }
    return findings;
  },
};
