// The learning filter's counts, shared by every app instance: spam_tokens (documents of each
// kind a token appeared in) and spam_totals (one row, id 1: documents of each kind). Counts
// change only by relative increments in the database (`spam = spam + 1`), never by writing a
// value read earlier, so concurrent instances don't lose updates. Tokens are written in sorted
// order so two PostgreSQL transactions touching the same tokens lock them in the same order.
import type { Db } from '../../db/database.ts';
import type { FilterState, SpamLabel, TokenCounts } from './spam-filter.ts';

const chunkSize = 250;

/** The whole model, or with `onlyTokens` just the counts that scoring one comment needs. */
export async function loadFilterState(db: Db, onlyTokens?: readonly string[]): Promise<FilterState> {
  const totals = await db.selectFrom('spam_totals').select(['spam_docs', 'ham_docs']).where('id', '=', 1).executeTakeFirst();
  const tokens = new Map<string, TokenCounts>();
  const rows = onlyTokens === undefined ? [await db.selectFrom('spam_tokens').selectAll().execute()] : await Promise.all(chunks(distinctSorted(onlyTokens)).map((chunk) => db.selectFrom('spam_tokens').selectAll().where('token', 'in', chunk).execute()));
  for (const row of rows.flat()) tokens.set(row.token, { spam: Number(row.spam), ham: Number(row.ham) });
  return { spamDocs: Number(totals?.spam_docs ?? 0), hamDocs: Number(totals?.ham_docs ?? 0), tokens };
}

/**
 * Counts one comment (delta 1) or takes it back (delta -1) under `label`: each distinct token
 * once, and the document total. Several statements: pass a transaction to make it atomic.
 */
export async function recordLearning(db: Db, tokens: readonly string[], label: SpamLabel, delta: 1 | -1): Promise<void> {
  const sorted = distinctSorted(tokens);
  for (const chunk of chunks(sorted)) {
    if (delta === 1) await addTokens(db, chunk, label);
    else await subtractTokens(db, chunk, label);
  }
  if (delta === 1) await addDocument(db, label);
  else await subtractDocument(db, label);
}

async function addTokens(db: Db, tokens: string[], label: SpamLabel): Promise<void> {
  await db
    .insertInto('spam_tokens')
    .values(tokens.map((token) => ({ token, spam: label === 'spam' ? 1 : 0, ham: label === 'ham' ? 1 : 0 })))
    .onConflict((oc) => oc.column('token').doUpdateSet((eb) => (label === 'spam' ? { spam: eb('spam_tokens.spam', '+', 1) } : { ham: eb('spam_tokens.ham', '+', 1) })))
    .execute();
}

async function subtractTokens(db: Db, tokens: string[], label: SpamLabel): Promise<void> {
  await db
    .updateTable('spam_tokens')
    .set((eb) => (label === 'spam' ? { spam: eb.case().when('spam', '>', 0).then(eb('spam', '-', 1)).else(0).end() } : { ham: eb.case().when('ham', '>', 0).then(eb('ham', '-', 1)).else(0).end() }))
    .where('token', 'in', tokens)
    .execute();
  await db.deleteFrom('spam_tokens').where('token', 'in', tokens).where('spam', '=', 0).where('ham', '=', 0).execute();
}

async function addDocument(db: Db, label: SpamLabel): Promise<void> {
  await db
    .insertInto('spam_totals')
    .values({ id: 1, spam_docs: label === 'spam' ? 1 : 0, ham_docs: label === 'ham' ? 1 : 0 })
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => (label === 'spam' ? { spam_docs: eb('spam_totals.spam_docs', '+', 1) } : { ham_docs: eb('spam_totals.ham_docs', '+', 1) })))
    .execute();
}

async function subtractDocument(db: Db, label: SpamLabel): Promise<void> {
  await db
    .updateTable('spam_totals')
    .set((eb) => (label === 'spam' ? { spam_docs: eb.case().when('spam_docs', '>', 0).then(eb('spam_docs', '-', 1)).else(0).end() } : { ham_docs: eb.case().when('ham_docs', '>', 0).then(eb('ham_docs', '-', 1)).else(0).end() }))
    .where('id', '=', 1)
    .execute();
}

function distinctSorted(tokens: readonly string[]): string[] {
  return [...new Set(tokens)].sort();
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) result.push(items.slice(i, i + chunkSize));
  return result;
}
