// A copy desk finding as the editor shows it, the same in the server-rendered panel and in the
// JSON the panel's script fetches: where it is ("Body, line 3"), the flagged words with a little
// context either side, and what the fix would put there.
import type { Finding } from '../copydesk/copydesk.ts';

export interface PresentedFinding extends Finding {
  place: string;
  before: string;
  after: string;
}

const fieldNames: Record<Finding['field'], string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  bodyMarkdown: 'Body',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
  imageAlt: 'Featured image',
  related: 'Related stories',
};

export function presentFinding(finding: Finding, fieldText: string): PresentedFinding {
  const line = fieldText.slice(0, finding.start).split('\n').length;
  const place = finding.field === 'bodyMarkdown' ? `${fieldNames.bodyMarkdown}, line ${line}` : fieldNames[finding.field];
  const before = fieldText.slice(Math.max(0, finding.start - 30), finding.start).replace(/^\S*\s/, '').replace(/\s+/g, ' ');
  const after = fieldText.slice(finding.end, finding.end + 30).replace(/\s\S*$/, '').replace(/\s+/g, ' ');
  return { ...finding, place, before: before ? `…${before}` : '', after: after ? `${after}…` : '' };
}

export function presentFindings(findings: Finding[], texts: Partial<Record<Finding['field'], string>>): PresentedFinding[] {
  return findings.map((finding) => presentFinding(finding, texts[finding.field] ?? ''));
}

export function countSummary(findings: Pick<Finding, 'severity'>[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'The copy desk found nothing to check.';
  const part = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);
  return `The copy desk found ${[part(errors, 'error'), part(warnings, 'warning')].filter(Boolean).join(' and ')}.`;
}
