// Queries on the related-articles tables. One query per function, each taking the db or a
// transaction; functions taking lists expect the caller to keep them to a few hundred items
// (`inChunks` in the service), well under SQLite's and PostgreSQL's limits on parameters.
import type { Db } from '../../db/database.ts';
import type { Pin, Scored } from './top-lists.ts';

export interface DocumentRow {
  article_id: number;
  published_at: string;
  /** JSON array of every distinct term. */
  terms: string;
  /** The article's story, normalised; null for none. */
  story: string | null;
}

export async function findDocument(db: Db, articleId: number): Promise<DocumentRow | undefined> {
  return db.selectFrom('related_documents').selectAll().where('article_id', '=', articleId).executeTakeFirst();
}

export async function listDocuments(db: Db, articleIds: number[]): Promise<Omit<DocumentRow, 'terms'>[]> {
  if (articleIds.length === 0) return [];
  return db.selectFrom('related_documents').select(['article_id', 'published_at', 'story']).where('article_id', 'in', articleIds).execute();
}

/** Indexed articles of one story, newest first. */
export async function listStoryMembers(db: Db, story: string, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('related_documents').select('article_id').where('story', '=', story).orderBy('published_at', 'desc').limit(limit).execute();
  return rows.map((row) => row.article_id);
}

export async function countDocuments(db: Db): Promise<number> {
  const row = await db.selectFrom('related_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function upsertDocument(db: Db, row: DocumentRow): Promise<void> {
  await db
    .insertInto('related_documents')
    .values(row)
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ published_at: row.published_at, terms: row.terms, story: row.story }))
    .execute();
}

/** Records that these articles' lists were scored in full on a site of `documents` indexed articles. */
export async function markScored(db: Db, articleIds: number[], documents: number): Promise<void> {
  if (articleIds.length === 0) return;
  await db.updateTable('related_documents').set({ scored_documents: documents }).where('article_id', 'in', articleIds).execute();
}

/** Articles whose lists were last scored on a site of fewer than `below` articles, stalest first (`related_documents_scored_idx`). */
export async function listStaleDocuments(db: Db, below: number, limit: number): Promise<{ articleId: number; scoredDocuments: number }[]> {
  const rows = await db.selectFrom('related_documents').select(['article_id', 'scored_documents']).where('scored_documents', '<', below).orderBy('scored_documents').orderBy('article_id').limit(limit).execute();
  return rows.map((row) => ({ articleId: row.article_id, scoredDocuments: Number(row.scored_documents) }));
}

export async function deleteDocument(db: Db, articleId: number): Promise<void> {
  await db.deleteFrom('related_documents').where('article_id', '=', articleId).execute();
}

export async function listDocumentFrequencies(db: Db, terms: string[]): Promise<{ term: string; df: number }[]> {
  if (terms.length === 0) return [];
  const rows = await db.selectFrom('related_term_stats').select(['term', 'df']).where('term', 'in', terms).execute();
  return rows.map((row) => ({ term: row.term, df: Number(row.df) }));
}

export async function incrementDocumentFrequencies(db: Db, terms: string[]): Promise<void> {
  if (terms.length === 0) return;
  await db
    .insertInto('related_term_stats')
    .values(terms.map((term) => ({ term, df: 1 })))
    .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ df: eb('related_term_stats.df', '+', 1) })))
    .execute();
}

export async function decrementDocumentFrequencies(db: Db, terms: string[]): Promise<void> {
  if (terms.length === 0) return;
  await db.updateTable('related_term_stats').set((eb) => ({ df: eb('df', '-', 1) })).where('term', 'in', terms).execute();
}

export async function deleteUnusedTerms(db: Db, terms: string[]): Promise<void> {
  if (terms.length === 0) return;
  await db.deleteFrom('related_term_stats').where('term', 'in', terms).where('df', '<=', 0).execute();
}

export interface TermRow {
  term: string;
  tf: number;
  weight: number;
}

/** The stored (heaviest) terms of one article. */
export async function listTermsOf(db: Db, articleId: number): Promise<TermRow[]> {
  const rows = await db.selectFrom('related_terms').select(['term', 'tf', 'weight']).where('article_id', '=', articleId).execute();
  return rows.map((row) => ({ term: row.term, tf: Number(row.tf), weight: Number(row.weight) }));
}

/** One term's postings, heaviest first: the inverted index, read only as deep as `limit`. */
export async function listPostings(db: Db, term: string, limit: number): Promise<{ article_id: number; weight: number }[]> {
  return db.selectFrom('related_terms').select(['article_id', 'weight']).where('term', '=', term).orderBy('weight', 'desc').limit(limit).execute();
}

/**
 * Every stored term of some articles, for exact dot products. By article id alone, on purpose:
 * with a term list as well, SQLite may walk the term index through long postings instead.
 */
export async function listTermWeights(db: Db, articleIds: number[]): Promise<{ article_id: number; term: string; weight: number }[]> {
  if (articleIds.length === 0) return [];
  return db.selectFrom('related_terms').select(['article_id', 'term', 'weight']).where('article_id', 'in', articleIds).execute();
}

export async function deleteTerms(db: Db, articleId: number): Promise<void> {
  await db.deleteFrom('related_terms').where('article_id', '=', articleId).execute();
}

export async function insertTerms(db: Db, articleId: number, terms: TermRow[]): Promise<void> {
  if (terms.length === 0) return;
  await db.insertInto('related_terms').values(terms.map((row) => ({ article_id: articleId, ...row }))).execute();
}

/** Articles whose stored list includes this one. */
export async function listListsContaining(db: Db, articleId: number): Promise<number[]> {
  const rows = await db.selectFrom('related_articles').select('article_id').where('related_id', '=', articleId).execute();
  return rows.map((row) => row.article_id);
}

/** A stored row as the engine works with it: `textEvidence` only where lessons changed the evidence. */
function storedEntry(row: { related_id: number; score: number; evidence: number; text_evidence: number | null }): Scored {
  const entry: Scored = { id: row.related_id, score: Number(row.score), evidence: Number(row.evidence) };
  if (row.text_evidence !== null) entry.textEvidence = Number(row.text_evidence);
  return entry;
}

export async function listStoredLists(db: Db, articleIds: number[]): Promise<{ articleId: number; entry: Scored }[]> {
  if (articleIds.length === 0) return [];
  const rows = await db.selectFrom('related_articles').select(['article_id', 'related_id', 'score', 'evidence', 'text_evidence']).where('article_id', 'in', articleIds).orderBy('article_id').orderBy('rank').execute();
  return rows.map((row) => ({ articleId: row.article_id, entry: storedEntry(row) }));
}

export async function listStoredList(db: Db, articleId: number): Promise<Scored[]> {
  const rows = await db.selectFrom('related_articles').select(['related_id', 'score', 'evidence', 'text_evidence']).where('article_id', '=', articleId).orderBy('rank').execute();
  return rows.map(storedEntry);
}

export async function deleteLists(db: Db, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  await db.deleteFrom('related_articles').where('article_id', 'in', articleIds).execute();
}

export async function insertLists(db: Db, lists: [number, Scored[]][]): Promise<void> {
  const rows = lists.flatMap(([articleId, list]) => list.map((entry, i) => ({ article_id: articleId, related_id: entry.id, score: entry.score, evidence: entry.evidence, text_evidence: entry.textEvidence ?? null, rank: i + 1 })));
  if (rows.length === 0) return;
  await db.insertInto('related_articles').values(rows).execute();
}

export async function listPins(db: Db, articleId: number): Promise<Pin[]> {
  const rows = await db.selectFrom('related_pins').select(['related_id', 'kind', 'position']).where('article_id', '=', articleId).orderBy('position').orderBy('related_id').execute();
  return rows.map((row) => ({ relatedId: row.related_id, kind: row.kind, position: row.position }));
}

export async function upsertPin(db: Db, articleId: number, pin: Pin): Promise<void> {
  await db
    .insertInto('related_pins')
    .values({ article_id: articleId, related_id: pin.relatedId, kind: pin.kind, position: pin.position })
    .onConflict((oc) => oc.columns(['article_id', 'related_id']).doUpdateSet({ kind: pin.kind, position: pin.position }))
    .execute();
}

export async function deletePin(db: Db, articleId: number, relatedId: number): Promise<void> {
  await replacePinTerms(db, articleId, relatedId, []);
  await db.deleteFrom('related_pins').where('article_id', '=', articleId).where('related_id', '=', relatedId).execute();
}

/** Every index table emptied (pins are editors' work and stay): the start of a rebuild. */
export async function clearIndex(db: Db, table: 'related_articles' | 'related_terms' | 'related_term_stats' | 'related_documents'): Promise<void> {
  await db.deleteFrom(table).execute();
}

/** How many exclusions and pins taught each of these terms (terms never taught are left out). */
export async function listTermLessons(db: Db, terms: string[]): Promise<{ term: string; exclusions: number; pins: number }[]> {
  if (terms.length === 0) return [];
  const rows = await db
    .selectFrom('related_pin_terms as t')
    .innerJoin('related_pins as p', (join) => join.onRef('p.article_id', '=', 't.article_id').onRef('p.related_id', '=', 't.related_id'))
    .select(['t.term', 'p.kind', (eb) => eb.fn.countAll().as('count')])
    .where('t.term', 'in', terms)
    .groupBy(['t.term', 'p.kind'])
    .execute();
  const lessons = new Map<string, { term: string; exclusions: number; pins: number }>();
  for (const row of rows) {
    const lesson = lessons.get(row.term) ?? { term: row.term, exclusions: 0, pins: 0 };
    lesson[row.kind === 'exclude' ? 'exclusions' : 'pins'] += Number(row.count);
    lessons.set(row.term, lesson);
  }
  return [...lessons.values()];
}

/** The terms one pin or exclusion taught, replacing what it taught before. */
export async function replacePinTerms(db: Db, articleId: number, relatedId: number, terms: string[]): Promise<void> {
  await db.deleteFrom('related_pin_terms').where('article_id', '=', articleId).where('related_id', '=', relatedId).execute();
  if (terms.length > 0) await db.insertInto('related_pin_terms').values(terms.map((term) => ({ article_id: articleId, related_id: relatedId, term }))).execute();
}

/** What each of an article's pins and exclusions taught: related id → terms. */
export async function listLessonsOf(db: Db, articleId: number): Promise<Map<number, string[]>> {
  const rows = await db.selectFrom('related_pin_terms').select(['related_id', 'term']).where('article_id', '=', articleId).orderBy('related_id').orderBy('term').execute();
  const lessons = new Map<number, string[]>();
  for (const row of rows) lessons.set(row.related_id, [...(lessons.get(row.related_id) ?? []), row.term]);
  return lessons;
}

/** Each listed article's best evidence before editors' lessons (articles with an empty list are absent). */
export async function listBestEvidence(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('related_articles')
    .select((eb) => eb.fn.max(eb.fn.coalesce('text_evidence', 'evidence')).as('best'))
    .groupBy('article_id')
    .execute();
  return rows.map((row) => Number(row.best));
}

export async function findCalibration(db: Db): Promise<{ threshold: number; articles: number } | undefined> {
  const row = await db.selectFrom('related_calibration').select(['threshold', 'articles']).where('id', '=', 1).executeTakeFirst();
  return row && { threshold: Number(row.threshold), articles: Number(row.articles) };
}

export async function saveCalibration(db: Db, calibration: { threshold: number; articles: number; computedAt: string }): Promise<void> {
  const values = { threshold: calibration.threshold, articles: calibration.articles, computed_at: calibration.computedAt };
  await db.insertInto('related_calibration').values({ id: 1, ...values }).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}
