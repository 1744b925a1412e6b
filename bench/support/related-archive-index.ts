// The related-articles index of an existing archive (a copy of a real or generated site's SQLite
// file), built in bulk for bench:related: every published article's terms through the engine's
// own analyzer and field weights, document frequencies, the stored vectors (IDF squared, heaviest
// terms, unit length) and a stored top ten scored as candidate-search.ts scores them (heaviest
// terms' postings read so deep, the best candidates by partial score given an exact cosine,
// evidence and score from scoring.ts), all in memory, then written in one transaction. It is what
// `rebuildIndex()` would leave, minutes instead of hours on 100,000 articles; exclusions and
// learned penalties are not applied (a bench archive has none).
import SQLite from 'better-sqlite3';
import { loadAnalyzer } from '../../src/discovery/related/analyzer.ts';
import { candidatesScored, postingsPerTerm, queryTerms } from '../../src/discovery/related/candidate-search.ts';
import { documentTerms } from '../../src/discovery/related/document-terms.ts';
import { markdownToText } from '../../src/discovery/related/markdown-text.ts';
import { storedTerms } from '../../src/discovery/related/related.service.ts';
import { idfExponent, isEntityTerm, relatedEvidence, relatedScore, specificDf } from '../../src/discovery/related/scoring.ts';
import { normaliseStory } from '../../src/discovery/related/story.ts';
import { idf } from '../../src/discovery/related/tf-idf.ts';
import { listSize } from '../../src/discovery/related/top-lists.ts';

interface Row {
  id: number;
  headline: string;
  standfirst: string;
  body_markdown: string;
  published_at: string;
  story: string | null;
}

/** Builds the index into `file` (which must be a copy: it is written); returns what it built. */
export async function buildArchiveRelatedIndex(file: string, languageTag: string): Promise<{ articles: number; termRows: number; listRows: number; seconds: number }> {
  const started = performance.now();
  const sqlite = new SQLite(file);
  sqlite.pragma('synchronous = OFF');
  for (const table of ['related_articles', 'related_terms', 'related_term_stats', 'related_documents']) sqlite.exec(`delete from ${table}`);
  const rows = sqlite.prepare(`select id, headline, standfirst, body_markdown, published_at, story from articles where status = 'published' and published_at is not null order by id`).all() as Row[];
  const tagsOf = groupNames(sqlite.prepare('select at.article_id as id, t.name as name from article_tags at join tags t on t.id = at.tag_id').all() as { id: number; name: string }[]);
  const authorsOf = groupNames(sqlite.prepare('select aa.article_id as id, p.name as name from article_authors aa join people p on p.id = aa.person_id').all() as { id: number; name: string }[]);
  const analyzer = await loadAnalyzer(languageTag);

  // Pass 1: every article's weighted term counts, as term ids; document frequencies.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const df: number[] = [];
  const counts: { ids: Int32Array; tfs: Float64Array }[] = [];
  for (const row of rows) {
    const weighted = documentTerms({ headline: row.headline, standfirst: row.standfirst, bodyText: markdownToText(row.body_markdown), tags: tagsOf.get(row.id) ?? [], people: authorsOf.get(row.id) ?? [] }, analyzer);
    const ids = new Int32Array(weighted.size);
    const tfs = new Float64Array(weighted.size);
    let i = 0;
    for (const [term, count] of weighted) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
        df.push(0);
      }
      df[id]!++;
      ids[i] = id;
      tfs[i++] = 1 + Math.log(count);
    }
    counts.push({ ids, tfs });
  }

  // Pass 2: the stored vectors (heaviest `storedTerms` at unit length), and postings heaviest first.
  const documents = rows.length;
  const vectors = counts.map(({ ids, tfs }) => {
    const entries = [...ids].map((id, i) => [id, tfs[i]! * idf(df[id]!, documents) ** idfExponent, tfs[i]!] as const);
    entries.sort((a, b) => b[1] - a[1] || (terms[a[0]]! < terms[b[0]]! ? -1 : 1));
    const kept = entries.slice(0, storedTerms);
    const length = Math.hypot(...kept.map(([, weight]) => weight)) || 1;
    return kept.map(([id, weight, tf]) => ({ id, weight: weight / length, tf }));
  });
  const postings = new Map<number, { article: number; weight: number }[]>();
  vectors.forEach((vector, article) => {
    for (const { id, weight } of vector) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ article, weight });
    }
  });
  for (const list of postings.values()) list.sort((a, b) => b.weight - a.weight);

  // Pass 3: each article's top ten, as candidate-search.ts finds and scores them.
  const times = rows.map((row) => Date.parse(row.published_at));
  const stories = rows.map((row) => normaliseStory(row.story));
  const entityNorms = vectors.map((vector) => Math.hypot(...vector.filter(({ id }) => isEntityTerm(terms[id]!)).map(({ weight }) => weight)));
  const partial = new Float64Array(documents);
  const own = new Float64Array(terms.length);
  const lists: { article: number; related: number; score: number; evidence: number }[][] = [];
  for (let a = 0; a < documents; a++) {
    const touched: number[] = [];
    for (const { id, weight } of vectors[a]!.slice(0, queryTerms)) {
      for (const posting of postings.get(id)!.slice(0, postingsPerTerm)) {
        if (posting.article === a) continue;
        if (partial[posting.article] === 0) touched.push(posting.article);
        partial[posting.article] = partial[posting.article]! + weight * posting.weight;
      }
    }
    const candidates = touched.sort((x, y) => partial[y]! - partial[x]! || x - y).slice(0, candidatesScored);
    for (const b of touched) partial[b] = 0;
    for (const { id, weight } of vectors[a]!) own[id] = weight;
    const scored = candidates.map((b) => {
      let cosine = 0;
      let specific = 0;
      let entities = 0;
      for (const { id, weight } of vectors[b]!) {
        const product = own[id]! * weight;
        cosine += product;
        if (product > 0 && df[id]! <= specificDf) specific += product;
        if (product > 0 && isEntityTerm(terms[id]!)) entities += product;
      }
      const agreement = entityNorms[a]! > 0 && entityNorms[b]! > 0 ? entities / (entityNorms[a]! * entityNorms[b]!) : 1;
      const age = times[a]! - times[b]!;
      const sameStory = stories[a] !== null && stories[a] === stories[b];
      cosine = Math.min(1, cosine);
      return { article: a, related: b, score: relatedScore(cosine, age, sameStory), evidence: relatedEvidence(specific, cosine, age, sameStory, agreement) };
    });
    for (const { id } of vectors[a]!) own[id] = 0;
    lists.push(scored.filter((entry) => entry.score > 0).sort((x, y) => y.score - x.score || x.related - y.related).slice(0, listSize));
  }

  // Written in one transaction, the term and list indexes dropped and made again after.
  sqlite.exec('drop index if exists related_terms_term_idx; drop index if exists related_articles_related_idx');
  const insertDocument = sqlite.prepare('insert into related_documents (article_id, published_at, terms, story) values (?, ?, ?, ?)');
  const insertTerm = sqlite.prepare('insert into related_terms (article_id, term, tf, weight) values (?, ?, ?, ?)');
  const insertStat = sqlite.prepare('insert into related_term_stats (term, df) values (?, ?)');
  const insertList = sqlite.prepare('insert into related_articles (article_id, related_id, score, evidence, rank) values (?, ?, ?, ?, ?)');
  let termRows = 0;
  let listRows = 0;
  sqlite.transaction(() => {
    rows.forEach((row, a) => {
      insertDocument.run(row.id, new Date(times[a]!).toISOString(), JSON.stringify([...counts[a]!.ids].map((id) => terms[id]!).sort()), stories[a]);
      for (const { id, weight, tf } of vectors[a]!) {
        insertTerm.run(row.id, terms[id]!, tf, weight);
        termRows++;
      }
      lists[a]!.forEach((entry, rank) => {
        insertList.run(row.id, rows[entry.related]!.id, entry.score, entry.evidence, rank + 1);
        listRows++;
      });
    });
    terms.forEach((term, id) => insertStat.run(term, df[id]!));
  })();
  sqlite.exec('create index related_terms_term_idx on related_terms (term, weight); create index related_articles_related_idx on related_articles (related_id); analyze');
  sqlite.close();
  return { articles: documents, termRows, listRows, seconds: (performance.now() - started) / 1000 };
}

function groupNames(rows: { id: number; name: string }[]): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const row of rows) grouped.set(row.id, [...(grouped.get(row.id) ?? []), row.name]);
  return grouped;
}
