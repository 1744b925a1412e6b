// A news archive at scale for benchmarks and query-plan checks: sections, writers, tags,
// articles spread over years (mostly published, some drafts and scheduled), their bylines and
// tags, comments spread over articles the way readers spread them (a few articles draw most),
// and the search index. Words are drawn from a fixed vocabulary by a Zipf law, so some are
// common and some rare, as in real text. Seeded: the same counts give the same archive.
// Rows go in with multi-row INSERTs, many to a transaction; Markdown rendering, related lists
// and the spam filter are skipped (the related engine is benchmarked on its own).
//   npx tsx scripts/generate-archive.ts --articles 100000 --comments 1000000   (into DATABASE_URL)
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { searchIndexFor } from '../src/discovery/search/search-index.ts';
import { mulberry32 as seeded } from '../bench/comment-corpus.ts';

export interface ArchiveSize {
  articles: number;
  comments: number;
  sections?: number;
  people?: number;
  tags?: number;
  /** The newest article's publication time; the rest go back from there, about 3 hours apart. */
  newest?: Date;
  onProgress?: (what: string, done: number, total: number) => void;
}


const syllables = ['ba', 'ko', 'ri', 'sen', 'tal', 'mor', 'vi', 'dun', 'pe', 'lax', 'qua', 'nor', 'shi', 'fen', 'gro', 'ul', 'tze', 'myr', 'dov', 'ak'];

/** 20,000 made-up words; the first are drawn most often. Word 0 is in most articles, word 19,000 in a handful. */
export const vocabulary: string[] = (() => {
  const words: string[] = [];
  for (let i = 0; words.length < 20_000; i++) {
    let n = i;
    let word = '';
    do {
      word += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    words.push(word + (i % 7 === 0 ? 'n' : ''));
  }
  return words;
})();

function zipf(random: () => number, size: number): number {
  // Inverse of a continuous Zipf-like law with exponent 1: heavy head, long tail.
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocabulary[zipf(random, vocabulary.length)]!);
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

async function insertInBatches<T>(db: Db, rows: Iterable<T>, total: number, batch: number, insert: (trx: Db, chunk: T[]) => Promise<void>, progress?: (done: number) => void): Promise<void> {
  let chunk: T[] = [];
  let done = 0;
  let pending: T[][] = [];
  const flush = async () => {
    const work = pending;
    pending = [];
    await db.transaction().execute(async (trx) => {
      for (const part of work) await insert(trx, part);
    });
    progress?.(done);
  };
  for (const row of rows) {
    chunk.push(row);
    done++;
    if (chunk.length === batch) {
      pending.push(chunk);
      chunk = [];
      if (pending.length === 20) await flush();
    }
  }
  if (chunk.length > 0) pending.push(chunk);
  if (pending.length > 0) await flush();
  void total;
}

export async function generateArchive(db: Db, size: ArchiveSize): Promise<{ articles: number; comments: number; ms: number }> {
  const started = Date.now();
  const random = seeded(20261202);
  const sections = size.sections ?? 8;
  const people = size.people ?? 60;
  const tags = size.tags ?? 400;
  const newest = (size.newest ?? new Date()).getTime();
  const stamp = new Date(newest).toISOString();
  const progress = size.onProgress ?? (() => {});

  const sectionIds: number[] = [];
  for (let i = 0; i < sections; i++) {
    const row = await db.insertInto('sections').values({ slug: `desk-${i + 1}`, path: `/desk-${i + 1}`, parent_id: null, name: `Desk ${i + 1}`, description: sentence(random, 12), position: 100 + i }).returning('id').executeTakeFirstOrThrow();
    sectionIds.push(row.id);
  }
  const personIds: number[] = [];
  for (let i = 0; i < people; i++) {
    const row = await db
      .insertInto('people')
      .values({ slug: `reporter-${i + 1}`, name: `Reporter ${vocabulary[100 + i]}`, role_title: 'Staff reporter', location: 'Port Town', bio: sentence(random, 20), avatar_url: null, links: '[]', email: null, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    personIds.push(row.id);
  }
  const tagIds: number[] = [];
  for (let i = 0; i < tags; i++) {
    const row = await db.insertInto('tags').values({ slug: `topic-${i + 1}`, name: `Topic ${vocabulary[500 + i]}` }).returning('id').executeTakeFirstOrThrow();
    tagIds.push(row.id);
  }

  // Articles, oldest first so ids follow publication order as they do in a newsroom.
  const first = (await db.selectFrom('articles').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst())?.max ?? 0;
  const firstId = Number(first) + 1;
  const when = (i: number) => new Date(newest - (size.articles - 1 - i) * 3 * 3_600_000 - Math.floor(random() * 3_600_000)).toISOString();
  interface Made { id: number; status: 'draft' | 'scheduled' | 'published'; publishedAt: string | null; row: Record<string, unknown>; authors: number[]; tagList: number[]; document: { headline: string; standfirst: string; body: string } }
  function* articles(): Generator<Made> {
    for (let i = 0; i < size.articles; i++) {
      const id = firstId + i;
      const roll = random();
      const status = roll < 0.96 ? 'published' : roll < 0.98 ? 'draft' : 'scheduled';
      const publishedAt = status === 'draft' ? null : status === 'scheduled' ? new Date(newest + (1 + i) * 60_000).toISOString() : when(i);
      const headline = sentence(random, 8).slice(0, -1);
      const standfirst = sentence(random, 20);
      const paragraphs = Array.from({ length: 6 }, () => sentence(random, 25));
      const body_markdown = paragraphs.join('\n\n');
      const body_html = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
      const authors = [personIds[zipf(random, personIds.length)]!, ...(random() < 0.2 ? [personIds[Math.floor(random() * personIds.length)]!] : [])];
      const tagList = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => tagIds[zipf(random, tagIds.length)]!))];
      yield {
        id,
        status,
        publishedAt,
        authors: [...new Set(authors)],
        tagList,
        document: { headline, standfirst, body: paragraphs.join('\n\n') },
        row: {
          id, slug: `archive-${id}`, section_id: sectionIds[Math.floor(random() * sectionIds.length)]!, headline, standfirst, dateline: 'Port Town',
          body_markdown, body_html, body_break: body_html.indexOf('</p>', body_html.indexOf('</p>') + 4) + 4, status, published_at: publishedAt, updated_at: null,
          created_at: publishedAt ?? stamp, modified_at: publishedAt ?? stamp,
          featured_image_url: null, featured_image_alt: null, featured_image_caption: null, featured_image_credit: null, featured_image_width: null, featured_image_height: null,
          comments_open: 1, seo_title: null, seo_description: null, version: 1, created_by: null, submitted_at: null,
        },
      };
    }
  }
  const index = searchIndexFor(db);
  const published: { id: number; at: string }[] = [];
  await insertInBatches(db, articles(), size.articles, 250, async (trx, chunk) => {
    await trx.insertInto('articles').values(chunk.map((a) => a.row as never)).execute();
    const listed = (a: Made) => (a.status === 'published' ? a.publishedAt : null);
    const bylines = chunk.flatMap((a) => a.authors.map((person_id, position) => ({ article_id: a.id, person_id, position, published_at: listed(a) })));
    if (bylines.length > 0) await trx.insertInto('article_authors').values(bylines).execute();
    const tagged = chunk.flatMap((a) => a.tagList.map((tag_id) => ({ article_id: a.id, tag_id, published_at: listed(a) })));
    if (tagged.length > 0) await trx.insertInto('article_tags').values(tagged).execute();
    const visible = chunk.filter((a) => a.status === 'published');
    await index.upsertDocuments(trx, visible.map((a) => ({ articleId: a.id, ...a.document })), 'en');
    for (const a of visible) published.push({ id: a.id, at: a.publishedAt! });
  }, (done) => progress('articles', done, size.articles));
  await index.optimize(db);
  // PostgreSQL's sequence did not see the explicit ids.
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`.execute(db);

  // Comments: a Zipf law over articles, newest articles drawing most; 90 % approved.
  function* comments() {
    for (let i = 0; i < size.comments; i++) {
      const article = published[published.length - 1 - zipf(random, published.length)]!;
      const roll = random();
      const created = new Date(Date.parse(article.at) + Math.floor(random() * 86_400_000 * 3)).toISOString();
      yield {
        article_id: article.id, parent_id: null, status: roll < 0.9 ? 'approved' : roll < 0.96 ? 'pending' : 'spam',
        author_name: `Reader ${vocabulary[Math.floor(random() * 5000)]}`, author_email: `reader${Math.floor(random() * 200_000)}@example.net`, author_url: null,
        body: sentence(random, 10 + Math.floor(random() * 30)), ip: null, user_agent: null, staff_user_id: null, reasons: '[]', spam_score: null, learned_as: null,
        created_at: created, status_changed_at: created, edited_at: null,
      } as const;
    }
  }
  await insertInBatches(db, comments(), size.comments, 500, async (trx, chunk) => void (await trx.insertInto('comments').values(chunk).execute()), (done) => progress('comments', done, size.comments));
  return { articles: size.articles, comments: size.comments, ms: Date.now() - started };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, comments: { type: 'string', default: '1000000' } } });
  const { loadConfig } = await import('../src/config/config.ts');
  const { openDatabase } = await import('../src/db/database.ts');
  const { migrateToLatest } = await import('../src/db/migrate.ts');
  const config = loadConfig();
  const db = await openDatabase(config.database);
  await migrateToLatest(db);
  let last = 0;
  const result = await generateArchive(db, {
    articles: Number(values.articles),
    comments: Number(values.comments),
    onProgress: (what, done, total) => {
      if (Date.now() - last > 2000) {
        last = Date.now();
        process.stderr.write(`${what}: ${done}/${total}\n`);
      }
    },
  });
  console.log(`Generated ${result.articles} articles and ${result.comments} comments in ${(result.ms / 1000).toFixed(0)} s.`);
  await db.destroy();
}
