// schema.org NewsArticle for the article page, as Google's article rich results read it:
// authors as Person objects linking to their author pages (never an email), the publication as
// a NewsMediaOrganization with its logo when it has one, every URL absolute, and each
// correction readers were told about as a schema.org CorrectionComment; the article's count of
// approved comments as commentCount, the same on every comment page.
import { type Article, writersOf } from '../../content/content.ts';
import { personPath } from '../../people/people.ts';
import type { SiteSettings } from '../../settings/site-settings.ts';
import { absoluteUrl } from '../absolute-url.ts';
import type { JsonLd } from './json-ld.ts';

export interface NewsArticleInput {
  article: Pick<Article, 'headline' | 'standfirst' | 'seoDescription' | 'authors' | 'section' | 'tags' | 'featuredImage' | 'updatedAt'> & { path: string; publishedAt: Date };
  site: Pick<SiteSettings, 'title' | 'language' | 'logoUrl'>;
  baseUrl: string;
  corrections?: { note: string; createdAt: Date }[];
  /** Approved reader comments, all of them (not the page's share); absent in previews. */
  commentCount?: number;
}

export function newsArticleJsonLd({ article, site, baseUrl, corrections = [], commentCount }: NewsArticleInput): JsonLd {
  const url = absoluteUrl(baseUrl, article.path);
  const modified = article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
  const description = article.seoDescription || article.standfirst;
  const writers = writersOf(article.authors);
  const contributors = article.authors.filter((person) => !writers.includes(person));
  const toPerson = (person: { name: string; slug: string }) => ({ '@type': 'Person', name: person.name, url: absoluteUrl(baseUrl, personPath(person)) });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(description && { description }),
    ...(article.featuredImage && { image: [absoluteUrl(baseUrl, article.featuredImage.url)] }),
    datePublished: article.publishedAt.toISOString(),
    dateModified: modified.toISOString(),
    author: writers.map(toPerson),
    // Additional reporting, photographs, video, graphics: credited, not authors.
    ...(contributors.length > 0 && { contributor: contributors.map(toPerson) }),
    publisher: publisherJsonLd(site, baseUrl),
    articleSection: article.section.name,
    ...(article.tags.length > 0 && { keywords: article.tags.map((tag) => tag.name) }),
    inLanguage: site.language,
    isAccessibleForFree: true,
    ...(corrections.length > 0 && { correction: corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: c.createdAt.toISOString() })) }),
    ...(commentCount !== undefined && { commentCount }),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
}

function publisherJsonLd(site: NewsArticleInput['site'], baseUrl: string): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.title,
    url: absoluteUrl(baseUrl, '/'),
    ...(site.logoUrl && { logo: { '@type': 'ImageObject', url: absoluteUrl(baseUrl, site.logoUrl) } }),
  };
}
