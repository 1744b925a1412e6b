// Entry file of the content domain: articles, sections and tags. Other domains import from here only.
export type { Article, ArticleFilter, ArticleInput, ArticleStatus, ArticleSummary, FeaturedImage, SectionRef, TagRef } from './article.ts';
export { articlePath } from './article-path.ts';
export { createArticleService, type ArticleService } from './article.service.ts';
export { renderMarkdown, type RenderedBody } from './markdown/render-markdown.ts';
export type { Section } from './taxonomy.repository.ts';
export { createTaxonomyService, reservedSectionSlugs, sectionPath, tagPath, type TaxonomyService } from './taxonomy.service.ts';
