// Entry file of site search: what the rest of Byline may import (app-context, web routes, CLI).
export { maxQueryLength, parseQuery, type ParsedQuery, type QueryProblem, type SearchTerm } from './parse-query.ts';
export { createSearchService, reindexBatchSize, type SearchFilters, type SearchOutcome, type SearchResult, type SearchService } from './search.service.ts';
export { plainText, type SnippetPart } from './snippet-parts.ts';
export { markdownToPlainText } from './body-text.ts';
