// WordPress pages → Byline pages (About, Contact…) at /their-slug, so /about stays /about: no
// dateline, byline or publication time, published or a draft (a scheduled page waits as a
// draft, noted). A slug the site or a section holds gets a numbered one; every old URL of the
// page (its own link, /?page_id=, a child page's /about/team/) redirects to it. Byline pages
// have no comments: each comment on a page is reported as lost. Runs on the import's
// transaction with the writer's own helpers (import-writer.ts), so it keys records the same way.
import type { RenderedBody } from '../../content/markdown/render-markdown.ts';
import type { Db } from '../../db/database.ts';
import type { RedirectTarget } from '../../redirects/redirects.ts';
import { checksum } from './fidelity.ts';
import type { ImportReport, ReportKind } from './import-report.ts';
import type { ImportOptions } from './import-writer.ts';
import * as repo from './import.repository.ts';
import { isPingback, plainText, type StatusRule, wpTime } from './map-records.ts';
import { itemPaths } from './permalinks.ts';
import type { WxrItem } from './wxr-types.ts';

export interface PageWriterDeps {
  db: Db;
  now: string;
  timeZone: string;
  options: ImportOptions;
  report: ImportReport;
  ruleFor(item: WxrItem, kind: ReportKind): Exclude<StatusRule, { skip: string }> | undefined;
  convertItem(item: WxrItem): Promise<{ markdown: string; body: Pick<RenderedBody, 'html' | 'rulesVersion'> }>;
  mapped(kind: repo.WpKind, wpId: string, table: 'pages', guid?: string): Promise<repo.Mapping | undefined>;
  remember(kind: repo.WpKind, wpId: string, targetId: number, sum: string, guid?: string | null): Promise<void>;
  freeSlug(table: 'pages', wanted: string, ownId?: number): Promise<string>;
  redirect(paths: string[], target: RedirectTarget, livePath?: string | null): Promise<void>;
  /** The export's site address (known once its channel is read). */
  source(): string;
}

export function createPageWriter({ db, now, timeZone, options, report, ruleFor, convertItem, mapped, remember, freeSlug, redirect, source }: PageWriterDeps) {
  /** WordPress page id → Byline page id: attachment pages of a page lead to it. */
  const pageIds = new Map<string, number>();
  const counts = report.counts.pages;

  async function writePage(item: WxrItem): Promise<void> {
    const rule = ruleFor(item, 'pages');
    if (!rule) return;
    const status = rule.status === 'published' ? 'published' : 'draft';
    if (rule.status === 'scheduled') report.notes.push(`page ${item.postId} "${item.title}" was scheduled: Byline pages have no publication time, so it is a draft until you publish it.`);
    const title = item.title.trim() || `(untitled page ${item.postId})`;
    const { markdown, body } = await convertItem(item);
    const sum = checksum(JSON.stringify([item.title, item.content, item.excerpt, item.status, item.password !== '', item.postName]));
    const existing = await mapped('page', item.postId, 'pages', item.guid || undefined);
    let id: number;
    let slug: string;
    if (existing && existing.checksum === sum) {
      id = existing.target_id;
      slug = (await repo.findSlugById(db, 'pages', id))!;
      counts.unchanged++;
    } else {
      slug = await freeSlug('pages', item.postName || item.title || `wordpress-${item.postId}`, existing?.target_id);
      const values = { slug, title, description: plainText(item.excerpt), body_markdown: markdown, body_html: body.html, body_html_rules: body.rulesVersion, status, updated_at: now } as const;
      if (existing) {
        id = existing.target_id;
        await repo.updatePage(db, id, values);
        counts.updated++;
      } else {
        id = await repo.insertPage(db, { ...values, created_at: wpTime(item.postDateGmt, item.postDate, timeZone)?.toISOString() ?? now });
        counts.created++;
      }
      await remember('page', item.postId, id, sum, item.guid || null);
    }
    pageIds.set(item.postId, id);
    report.pageIds.push(id);
    await redirect(itemPaths(item, source()), { kind: 'page', targetId: id }, status === 'published' ? `/${slug}` : null);
    for (const comment of item.comments) {
      report.counts.comments.read++;
      report.counts.comments.skipped++;
      const ping = isPingback(comment.type) && !options.keepPingbacks;
      report.skipped.push({ kind: ping ? comment.type : 'comment', id: comment.id, title: comment.author, reason: ping ? 'pingbacks and trackbacks are skipped (--keep-pingbacks keeps them)' : `it was on the page "${title}", and Byline pages have no comments`, byOption: ping });
    }
  }

  return { writePage, pageIds };
}
