// Links and media: a link to one of the site's own stories that does not exist or that readers
// cannot see (a draft; a story scheduled for later is a warning). Other site pages (sections,
// tags, writers) are resolved by the service too; what it cannot place is left alone.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { internalLinks } from '../links.ts';

export const internalLinkTargets: CopyCheck = {
  id: 'internal-links',
  kind: 'links',
  label: 'Links to missing or unpublished stories',
  run(input, lookups) {
    const findings: FindingInput[] = [];
    for (const link of internalLinks(input.bodyMarkdown)) {
      const state = lookups.links.get(link.path);
      if (state === 'missing') findings.push({ severity: 'error', field: 'bodyMarkdown', start: link.start, end: link.end, message: `Nothing on this site is at ${link.path}: readers following the link will find a “page not found”.` });
      if (state === 'unpublished') findings.push({ severity: 'error', field: 'bodyMarkdown', start: link.start, end: link.end, message: `The story at ${link.path} is not published: readers following the link will find a “page not found”.` });
      if (state === 'scheduled') findings.push({ severity: 'warning', field: 'bodyMarkdown', start: link.start, end: link.end, message: `The story at ${link.path} is scheduled but not out yet: the link works only once it is.` });
    }
    return findings;
  },
};
