// With --media-dir (a copy of wp-content/uploads), the images an imported article or page shows
// are imported through the normal media pipeline (type from the bytes, responsive variants, no
// EXIF) and the article's body and featured image (a page's body) are pointed at them. Runs after the main transaction:
// files cannot roll back, and each image is recorded in wordpress_imports once imported, so a
// second run uploads nothing again. A referenced image missing from the folder is a loss.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../../app-context.ts';
import { toStoredTime } from '../../clock.ts';
import * as repo from './import.repository.ts';
import type { ImportReport } from './import-report.ts';

const uploadsPath = /^(?:https?:\/\/[^/\s"']+)?\/(?:[^\s"']*\/)?wp-content\/uploads\/([^\s"'?#<>]+\.(?:jpe?g|png|gif|webp|avif))/i;
const urlsIn = (text: string) => [...text.matchAll(/(?:https?:\/\/[^\s"'<>()]+|\/[^\s"'<>()]*)wp-content\/uploads\/[^\s"'?#<>()]+\.(?:jpe?g|png|gif|webp|avif)/gi)].map((m) => m[0]);

/** The file in the uploads copy a URL names: the full-size original where WordPress's resized copy points at one. */
async function fileFor(mediaDir: string, url: string): Promise<string | undefined> {
  const match = uploadsPath.exec(url);
  if (!match) return undefined;
  const relative = decodeURIComponent(match[1]!);
  const candidates = [relative.replace(/-\d+x\d+(\.\w+)$/, '$1'), relative.replace(/-scaled(\.\w+)$/, '$1'), relative];
  for (const candidate of candidates) {
    const file = path.resolve(mediaDir, candidate);
    if (!file.startsWith(path.resolve(mediaDir) + path.sep)) continue;
    if (await stat(file).then((s) => s.isFile(), () => false)) return file;
  }
  return undefined;
}

export async function importMedia(context: AppContext, mediaDir: string, report: ImportReport): Promise<{ uploaded: number; reused: number }> {
  const { db, services } = context;
  const counts = { uploaded: 0, reused: 0 };
  const byFile = new Map<string, { url: string; width: number; height: number }>();
  async function mediaFor(file: string, alt: string) {
    const known = byFile.get(file);
    if (known) return known;
    const key = path.relative(mediaDir, file);
    const mapping = await repo.findMapping(db, report.source, 'attachment', key);
    let item = mapping ? await services.media.findMedia(mapping.target_id) : undefined;
    if (item) counts.reused++;
    else {
      item = await services.media.uploadMedia({ bytes: await readFile(file), filename: path.basename(file), alt });
      await repo.saveMapping(db, { source: report.source, wp_kind: 'attachment', wp_id: key, guid: null, target_id: item.id, checksum: String(item.originalBytes), imported_at: toStoredTime(context.clock.now()) });
      counts.uploaded++;
    }
    const found = { url: item.fallbackUrl, width: item.width, height: item.height };
    byFile.set(file, found);
    return found;
  }

  /** The body with every uploads image it shows pointed at the imported copy; a missing file is a loss. */
  async function withImportedImages(markdown: string, id: number): Promise<string> {
    let body = markdown;
    for (const url of new Set(urlsIn(markdown))) {
      const file = await fileFor(mediaDir, url);
      if (!file) {
        report.missingMedia.push({ postId: String(id), url });
        continue;
      }
      const alt = new RegExp(`<img[^>]*src="${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*alt="([^"]*)"`).exec(body)?.[1] ?? '';
      body = body.split(url).join((await mediaFor(file, alt)).url);
    }
    return body;
  }

  for (const id of [...new Set(report.articleIds)]) {
    const article = await services.articles.getArticle(id);
    const featured = article.featuredImage && uploadsPath.test(article.featuredImage.url) ? article.featuredImage : null;
    if (urlsIn(article.bodyMarkdown).length === 0 && !featured) continue;
    const body = await withImportedImages(article.bodyMarkdown, id);
    let image = article.featuredImage;
    if (featured) {
      const file = await fileFor(mediaDir, featured.url);
      if (file) {
        const found = await mediaFor(file, featured.alt);
        image = { ...featured, url: found.url, width: found.width, height: found.height };
      } else report.missingMedia.push({ postId: String(id), url: featured.url });
    }
    if (body !== article.bodyMarkdown || image !== article.featuredImage) {
      await services.articles.updateArticle(id, { bodyMarkdown: body, featuredImage: image, updatedAt: article.updatedAt });
    }
  }
  for (const id of [...new Set(report.pageIds)]) {
    const page = await services.pages.findPageById(id);
    if (!page || urlsIn(page.bodyMarkdown).length === 0) continue;
    const body = await withImportedImages(page.bodyMarkdown, id);
    if (body !== page.bodyMarkdown) await services.pages.updatePage(id, { title: page.title, slug: page.slug, description: page.description, bodyMarkdown: body, status: page.status });
  }
  return counts;
}
