// Entry file of related articles (discovery/related): the service that keeps stored lists
// current as articles are published, edited and withdrawn, and the lookup page views use.
export { createRelatedLookup, type RelatedLookup } from './related-lookup.ts';
export { createRelatedService, type RelatedService, type RescoreOutcome } from './related.service.ts';
export { evidenceThreshold } from './scoring.ts';
export type { Pin } from './top-lists.ts';
export type { Explanation, SharedTerm } from './related-insight.ts';
