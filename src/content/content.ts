// Entry file of the content domain: articles, sections and tags. Other domains import from here only.
export type { Article, ArticleFilter, ArticleInput, ArticleStatus, ArticleSummary, ArticleWithBody, FeaturedImage, SaveOptions, SectionRef, TagRef } from './article.ts';
export { canDeleteArticle, canEditArticle, canPublishArticle, ownsArticle } from './article-access.ts';
export { createDeskService, type DeskItem, type DeskService } from './desk.service.ts';
export type { DeskFilter } from './desk.repository.ts';
export { diffText, type DiffPart } from './revision-diff.ts';
export type { ArticleSnapshot, Revision } from './revision.ts';
export { articlePath } from './article-path.ts';
export { createArticleService, type ArticleService } from './article.service.ts';
export type { RenderedBody } from './markdown/render-markdown.ts';
/** Markdown → sanitized HTML; the renderer (markdown-it, sanitize-html) loads with the first use, not at start. */
export const renderMarkdown = async (markdown: string) => (await import('./markdown/render-markdown.ts')).renderMarkdown(markdown);
export { createPublishedPathsService, type PublishedPath, type PublishedPathsService, type RecentArticlePath } from './published-paths.service.ts';
export type { Section, TagWithCount } from './taxonomy.repository.ts';
export { createTaxonomyService, reservedSectionSlugs, sectionPath, tagPath, type TaxonomyService } from './taxonomy.service.ts';
export type { SectionChanges, SectionInput } from './section.service.ts';
export { childrenOf, maxSectionDepth, sectionTrail, subtreeIds, trailName, treeOrder } from './section-tree.ts';
export type { ArticleNote, CorrectionEntry, NoteKind, PublishedVersion } from './article-note.ts';
export { noteMaxLength } from './article-note.ts';
export { createCorrectionsService, type CorrectionsService } from './corrections.service.ts';
export { type PageInput, pagePath, type PageStatus, type SitePage } from './page.ts';
export { createPageService, type PageService } from './page.service.ts';
export { createStoredHtmlService, type ResanitizeOutcome, type StoredHtmlService } from './stored-html.service.ts';
export { type Credit, creditLabels, credits, groupByCredit, isCredit, writersOf } from './credit.ts';
export { type FrontSlot, type FrontSlotKind, isLive } from './front-slot.ts';
export { createFrontService, type FrontService, type PinInput } from './front.service.ts';
export { isMenuName, type MenuItem, type MenuItemKind, type MenuName, menuNames, type NavLink, type Navigation } from './menu.ts';
export { createNavigationService, isMenuUrl, menuLabelMaxLength, type MenuItemInput, type NavigationService } from './navigation.service.ts';
