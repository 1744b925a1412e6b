// Headline and standfirst: lengths that search results and social cards cut. Structured data
// takes headlines up to 110 characters; search results show a title of about 70 and a
// description of about 160; social cards about 200 of a description.
import type { CopyCheck } from '../copy.ts';
import type { CopyField, FindingInput } from '../finding.ts';

const limits: { field: CopyField; limit: number; what: string }[] = [
  { field: 'headline', limit: 110, what: 'Search engines and news aggregators cut headlines longer than 110 characters' },
  { field: 'seoTitle', limit: 70, what: 'Search results show about 70 characters of a title' },
  { field: 'standfirst', limit: 200, what: 'Social cards show about 200 characters of the standfirst (it is their description when there is no SEO description)' },
  { field: 'seoDescription', limit: 160, what: 'Search results show about 160 characters of a description' },
];

export const headlineLength: CopyCheck = {
  id: 'headline-length',
  kind: 'headline',
  label: 'Headline, standfirst and SEO text too long for search results and social cards',
  run(input) {
    const findings: FindingInput[] = [];
    for (const { field, limit, what } of limits) {
      const text = input[field as 'headline' | 'seoTitle' | 'standfirst' | 'seoDescription'].trim();
      if (field === 'standfirst' && input.seoDescription.trim()) continue;
      if ([...text].length > limit) findings.push({ severity: 'warning', field, start: limit, end: text.length, message: `${what}: this is ${[...text].length}.` });
    }
    return findings;
  },
};
