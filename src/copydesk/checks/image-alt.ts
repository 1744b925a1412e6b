// Links and media: pictures without alt text, in the body or as the featured image. Readers who
// cannot see them get nothing; Byline refuses to publish them, and says so while writing.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';

export const imageAltText: CopyCheck = {
  id: 'image-alt',
  kind: 'links',
  label: 'Images without alt text',
  run(input) {
    const findings: FindingInput[] = [];
    for (const match of input.bodyMarkdown.matchAll(/!\[(\s*)\]\(([^)\s]*)[^)]*\)/g)) {
      findings.push({ severity: 'error', field: 'bodyMarkdown', start: match.index!, end: match.index! + match[0].length, message: `The image ${match[2]} has no alt text: describe it between the square brackets for readers who cannot see it.` });
    }
    if (input.featuredImage && input.featuredImage.url && input.featuredImage.alt.trim() === '') {
      findings.push({ severity: 'error', field: 'imageAlt', start: 0, end: 0, message: 'The featured image has no alt text: describe it for readers who cannot see it.' });
    }
    return findings;
  },
};
