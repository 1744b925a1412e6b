// The fidelity report of one import: counts read and imported per kind, everything skipped and
// why, what could not be converted, media not found, old URLs without a target, and a checksum
// over every imported article's normalised text. `losses` are what makes the command fail:
// anything a reader would miss that the operator did not ask to skip.
export type ReportKind = 'authors' | 'categories' | 'tags' | 'posts' | 'pages' | 'comments' | 'attachments' | 'redirects';

export interface KindCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface ImportReport {
  source: string;
  wxrVersion: string;
  counts: Record<ReportKind, KindCounts>;
  /** Items left out: by a rule the operator chose (byOption) or because Byline has no place for them. */
  skipped: { kind: string; id: string; title: string; reason: string; byOption: boolean }[];
  unknownShortcodes: { postId: string; title: string; names: string[] }[];
  lostText: { postId: string; title: string; words: string[] }[];
  missingMedia: { postId: string; url: string }[];
  dynamicBlocks: Record<string, number>;
  notes: string[];
  /** sha256 over the sorted per-article checksums of normalised rendered text. */
  textChecksum: string;
  /** One per imported article, sorted into textChecksum; not printed. */
  articleChecksums: string[];
  /** Byline ids of the articles this import wrote or found unchanged; not printed. */
  articleIds: number[];
  /** Byline ids of the pages (About, Contact…) it wrote or found unchanged; not printed. */
  pageIds: number[];
  losses: string[];
}

const kinds: ReportKind[] = ['authors', 'categories', 'tags', 'posts', 'pages', 'comments', 'attachments', 'redirects'];

export function emptyReport(): ImportReport {
  return {
    source: '',
    wxrVersion: '',
    counts: Object.fromEntries(kinds.map((kind) => [kind, { read: 0, created: 0, updated: 0, unchanged: 0, skipped: 0 }])) as Record<ReportKind, KindCounts>,
    skipped: [],
    unknownShortcodes: [],
    lostText: [],
    missingMedia: [],
    dynamicBlocks: {},
    notes: [],
    textChecksum: '',
    articleChecksums: [],
    articleIds: [],
    pageIds: [],
    losses: [],
  };
}

/** What was lost, one sentence each: the reasons the command exits non-zero. */
export function lossesOf(report: ImportReport): string[] {
  return [
    ...report.unknownShortcodes.map((u) => `Post ${u.postId} "${u.title}": unknown shortcode${u.names.length === 1 ? '' : 's'} ${[...new Set(u.names)].map((n) => `[${n}]`).join(', ')} (tags removed, inner text kept).`),
    ...report.lostText.map((l) => `Post ${l.postId} "${l.title}": ${l.words.length} word(s) of the source are not in the imported text (${l.words.slice(0, 8).join(' ')}${l.words.length > 8 ? ' …' : ''}).`),
    ...report.missingMedia.map((m) => `Post ${m.postId}: media file not found in --media-dir: ${m.url}`),
    ...report.skipped.filter((s) => !s.byOption).map((s) => `${s.kind} ${s.id} "${s.title}" skipped: ${s.reason}.`),
  ];
}

export function formatReport(report: ImportReport): string {
  const lines = [`WordPress import of ${report.source} (WXR ${report.wxrVersion})`, '', '  kind          read  created  updated  unchanged  skipped'];
  for (const kind of kinds) {
    const c = report.counts[kind];
    lines.push(`  ${kind.padEnd(12)} ${String(c.read).padStart(5)} ${String(c.created).padStart(8)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)} ${String(c.skipped).padStart(8)}`);
  }
  const bySkipReason = new Map<string, number>();
  for (const s of report.skipped.filter((s) => s.byOption)) bySkipReason.set(`${s.kind}: ${s.reason}`, (bySkipReason.get(`${s.kind}: ${s.reason}`) ?? 0) + 1);
  if (bySkipReason.size > 0) lines.push('', 'Skipped as asked or by rule:', ...[...bySkipReason].map(([reason, n]) => `  ${n} × ${reason}`));
  const dynamic = Object.entries(report.dynamicBlocks);
  if (dynamic.length > 0) lines.push('', `Dynamic blocks left out (WordPress drew them when the page was viewed; the export holds no content for them): ${dynamic.map(([name, n]) => `${name} ×${n}`).join(', ')}`);
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `  - ${note}`));
  lines.push('', `Text checksum: ${report.textChecksum}`);
  lines.push('', report.losses.length === 0 ? 'Nothing was lost.' : `LOST (${report.losses.length}):`, ...report.losses.map((loss) => `  - ${loss}`));
  return lines.join('\n') + '\n';
}
