// Runs the copy desk: every enabled check in order over one article, each finding labelled with
// its check, kind and the text it points at; overlapping findings of the same kind are kept once
// (the earlier check wins), and the list comes back in reading order, field by field.
import type { CopyCheck, CopyInput, CopyLookups } from './copy.ts';
import { copyDeskChecks } from './checks.ts';
import type { CopyField, Finding } from './finding.ts';

const fieldOrder: CopyField[] = ['headline', 'standfirst', 'seoTitle', 'seoDescription', 'bodyMarkdown', 'imageAlt', 'related'];

function fieldText(input: CopyInput, field: CopyField): string {
  if (field === 'imageAlt') return input.featuredImage?.alt ?? '';
  if (field === 'related') return '';
  return input[field];
}

export function runChecks(input: CopyInput, lookups: CopyLookups, options: { disabled?: readonly string[]; checks?: readonly CopyCheck[] } = {}): Finding[] {
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  for (const check of options.checks ?? copyDeskChecks) {
    if (disabled.has(check.id)) continue;
    for (const found of check.run(input, lookups)) {
      const overlaps = findings.some((other) => other.field === found.field && other.start < Math.max(found.end, found.start + 1) && found.start < Math.max(other.end, other.start + 1) && (other.kind === check.kind || (check.kind === 'spelling' && other.kind !== 'balance')));
      if (overlaps) continue;
      findings.push({ ...found, check: check.id, kind: check.kind, text: found.text ?? fieldText(input, found.field).slice(found.start, found.end) });
    }
  }
  return findings.sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field) || a.start - b.start);
}
