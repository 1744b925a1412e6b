// `byline import wordpress`: reads a WXR export twice, streaming. The first pass checks the whole
// file is well-formed and notes attachments (a [gallery] or featured image may name one that comes
// later) and the slugs pages ask for (a category may come first and must leave /about to the page); the second writes everything in ONE transaction, so a malformed file or a failure half
// way leaves the database as it was, and the error names the item and its line. Each record is
// keyed on its WordPress id (and GUID) in wordpress_imports: a second run updates what changed
// and writes nothing for what did not. Search and related lists are refreshed after the commit.
import type { Readable } from 'node:stream';
import type { Clock } from '../../clock.ts';
import { toStoredTime } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { SettingsService } from '../../settings/site-settings.ts';
import type { AttachmentInfo } from './convert-content.ts';
import { checksum } from './fidelity.ts';
import { emptyReport, type ImportReport, lossesOf } from './import-report.ts';
import { createImportWriter, type ImportOptions, wpSlug } from './import-writer.ts';
import { readWxr } from './wxr-reader.ts';
import type { WxrRecord } from './wxr-types.ts';

export type { ImportOptions } from './import-writer.ts';

export interface WordpressImportDeps {
  db: Db;
  clock: Clock;
  settings: SettingsService;
}

export interface ImportSource {
  /** Opens the export from its start (it is read twice). */
  open(): Readable;
  /** Its size in bytes, for progress. */
  size: number;
  name: string;
}

export type ImportProgress = (phase: 'checking' | 'importing', bytesRead: number, totalBytes: number) => void;

export function createWordpressImporter({ db, clock, settings }: WordpressImportDeps) {
  return {
    async importExport(source: ImportSource, options: ImportOptions = {}, onProgress?: ImportProgress): Promise<ImportReport> {
      const attachments = new Map<string, AttachmentInfo>();
      const postIds = new Set<string>();
      const pageSlugs = new Set<string>();
      let read = 0;
      for await (const record of readWxr(source.open(), (bytes) => onProgress?.('checking', (read += bytes), source.size))) {
        if (record.kind === 'item') postIds.add(record.item.postId);
        if (record.kind === 'item' && record.item.postType === 'page' && record.item.status !== 'trash' && record.item.status !== 'auto-draft') pageSlugs.add(wpSlug(record.item.postName || record.item.title));
        if (record.kind === 'item' && record.item.postType === 'attachment') {
          const item = record.item;
          attachments.set(item.postId, { id: item.postId, url: item.attachmentUrl || item.guid, alt: item.meta._wp_attachment_image_alt ?? '', caption: item.excerpt, parentId: item.postParent, order: attachments.size });
        }
      }
      const timeZone = options.timeZone ?? (await settings.getSiteSettings()).timeZone;
      const report = emptyReport();
      const now = toStoredTime(clock.now());
      let current: WxrRecord | undefined;
      read = 0;
      await db.transaction().execute(async (trx) => {
        const writer = createImportWriter({ db: trx, now, timeZone, options, report, attachments, postIds, pageSlugs });
        try {
          for await (const record of readWxr(source.open(), (bytes) => onProgress?.('importing', (read += bytes), source.size))) {
            current = record;
            await writer.write(record);
          }
          current = undefined;
          await writer.finish();
        } catch (error) {
          throw current ? new AppError('IMPORT_FAILED', `${describe(current)}: ${(error as Error).message}`, { cause: error }) : error;
        }
      });
      report.textChecksum = checksum(report.articleChecksums.sort().join('\n'));
      report.losses = lossesOf(report);
      return report;
    },
  };
}

export type WordpressImporter = ReturnType<typeof createWordpressImporter>;

function describe(record: WxrRecord): string {
  switch (record.kind) {
    case 'item':
      return `Item "${record.item.title}" (${record.item.postType} ${record.item.postId}, line ${record.item.line})`;
    case 'author':
      return `Author "${record.author.login}" (line ${record.author.line})`;
    case 'term':
      return `${record.term.kind === 'category' ? 'Category' : 'Tag'} "${record.term.slug}" (line ${record.term.line})`;
    default:
      return 'The channel';
  }
}
