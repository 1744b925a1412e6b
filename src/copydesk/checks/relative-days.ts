// Dates: "today", "yesterday", "tonight" in a story scheduled to appear on another day than the
// one it is being written on: by then they will point at the wrong day. Days are the site's.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { formatDay, zonedDay } from '../calendar.ts';
import { proseFields } from '../prose.ts';

const relative = /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi;

export const relativeDays: CopyCheck = {
  id: 'relative-days',
  kind: 'dates',
  label: '“Today” or “yesterday” in a story scheduled for another day',
  run(input, lookups) {
    if (!input.appearsAt || input.appearsAt <= lookups.now) return [];
    const appears = zonedDay(input.appearsAt, lookups.timeZone);
    const today = zonedDay(lookups.now, lookups.timeZone);
    if (appears.year === today.year && appears.month === today.month && appears.day === today.day) return [];
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      for (const match of text.matchAll(relative)) {
        findings.push({ severity: 'warning', field, start: match.index!, end: match.index! + match[0].length, message: `This story appears on ${formatDay(appears.year, appears.month, appears.day)}: “${match[0]}” will be read as that day, not the day it was written. Name the day instead.` });
      }
    }
    return findings;
  },
};
