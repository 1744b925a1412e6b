// What every feed builder is given: the list it follows (site, section, tag or author), the
// newest articles in it, and how to write them. Builders are pure: same input, same bytes.
import type { ArticleWithBody } from '../../content/content.ts';
import { type FeedEntry, toFeedEntry } from './feed-entry.ts';

export interface FeedChannel {
  title: string;
  /** The publication's name: the feed's author when an article has none of its own. */
  siteTitle: string;
  description: string;
  /** Path of the HTML list the feed follows: "/", "/world", "/tag/x", "/author/y". */
  pagePath: string;
  /** BCP 47 tag of the site's language. */
  language: string;
  logoUrl: string | null;
}

export interface FeedSource {
  channel: FeedChannel;
  /** Newest first. */
  articles: ArticleWithBody[];
  baseUrl: string;
  /** `full`: each article's stored, sanitized body; `summary`: its standfirst only. */
  content: 'full' | 'summary';
  /** When the feed last changed: the newest published or updated time among its articles. */
  updated: Date;
  /** Entries made some other way (the corrections feed): used instead of `articles`. */
  entries?: FeedEntry[];
}

/** The feed's entries: given ones, or one per article. */
export function feedEntries(source: FeedSource): FeedEntry[] {
  return source.entries ?? source.articles.map((article) => toFeedEntry(article, source.baseUrl, source.content));
}
