// The filter's counts on a real database: a temporary SQLite file always, and PostgreSQL too
// when TEST_DATABASE_URL is set (a schema of its own, dropped afterwards), migrated with the
// real migrations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { CommentText } from './spam-filter.ts';
import { emptyState, learn, minDocsPerClass, tokenize, unlearn } from './spam-filter.ts';
import { loadFilterState, recordLearning } from './spam-filter.repository.ts';
import { createSpamFilter } from './spam-filter.service.ts';

const dialects: ('sqlite' | 'postgres')[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])];

interface Scratch {
  /** Another connection (pool) to the same database, as a second app instance would have. */
  open(): Promise<Db>;
  drop(): Promise<void>;
}

async function scratchDatabase(dialect: 'sqlite' | 'postgres'): Promise<Scratch> {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-spam-'));
  const opened: Db[] = [];
  const track = async (db: Promise<Db>) => {
    opened.push(await db);
    return opened.at(-1)!;
  };
  const closeAll = async () => {
    for (const db of opened) await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  if (dialect === 'sqlite') {
    const file = path.join(dir, 'spam.db');
    return { open: () => track(openDatabase({ dialect: 'sqlite', file })), drop: closeAll };
  }
  const connectionString = process.env.TEST_DATABASE_URL!;
  const schema = `spam_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    open: () => track(openDatabase({ dialect: 'postgres', connectionString }, { searchPath: schema })),
    async drop() {
      await closeAll();
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

const sorted = (state: { tokens: Map<string, unknown> }) => [...state.tokens.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe.each(dialects)('spam filter counts on %s', (dialect) => {
  let scratch: Scratch;
  let db: Db;

  beforeEach(async () => {
    scratch = await scratchDatabase(dialect);
    db = await scratch.open();
    await migrateToLatest(db); // the real schema, spam_tokens and spam_totals included
  });
  afterEach(async () => {
    await scratch.drop();
  });

  it('loads an empty model from empty tables', async () => {
    const state = await loadFilterState(db);
    expect(state).toEqual(emptyState());
  });

  it('stores what the pure model learns: distinct tokens once, and the documents of each kind', async () => {
    const lessons: [string[], 'spam' | 'ham'][] = [
      [['cheap', 'cheap', 'pills', 'links:2+'], 'spam'],
      [['cheap', 'library'], 'ham'],
      [['pills', 'links:2+'], 'spam'],
    ];
    const expected = emptyState();
    for (const [tokens, label] of lessons) {
      learn(expected, tokens, label);
      await recordLearning(db, tokens, label, 1);
    }
    const state = await loadFilterState(db);
    expect(state.spamDocs).toBe(2);
    expect(state.hamDocs).toBe(1);
    expect(sorted(state)).toEqual(sorted(expected));
  });

  it('unlearns a reversed decision exactly, deleting rows that fall to zero and never going below zero', async () => {
    await recordLearning(db, ['cheap', 'pills'], 'spam', 1);
    await recordLearning(db, ['cheap'], 'ham', 1);
    await recordLearning(db, ['cheap', 'pills'], 'spam', -1);
    await recordLearning(db, ['never-seen'], 'spam', -1);
    const state = await loadFilterState(db);
    const expected = unlearn(learn(learn(emptyState(), ['cheap', 'pills'], 'spam'), ['cheap'], 'ham'), ['cheap', 'pills'], 'spam');
    expect(state).toEqual({ ...expected, tokens: expect.any(Map) });
    expect(sorted(state)).toEqual([['cheap', { spam: 0, ham: 1 }]]);
    expect(await db.selectFrom('spam_tokens').select('token').execute()).toEqual([{ token: 'cheap' }]);
  });

  it('loads only the counts of the tokens asked for, however many there are', async () => {
    const many = Array.from({ length: 700 }, (_, i) => `word${i}`);
    await recordLearning(db, [...many, 'other'], 'ham', 1);
    const state = await loadFilterState(db, [...many, 'word1', 'unseen']);
    expect(state.hamDocs).toBe(1);
    expect(state.tokens.size).toBe(700);
    expect(state.tokens.has('other')).toBe(false);
    expect(state.tokens.get('word699')).toEqual({ spam: 0, ham: 1 });
  });

  it('loses no update when two app instances learn at the same time', async () => {
    // Two connections to one SQLite file in one process would wait on each other's lock while
    // blocking the event loop, so on SQLite both "instances" share the one connection.
    const other = dialect === 'postgres' ? await scratch.open() : db;
    const filters = [createSpamFilter({ db }), createSpamFilter({ db: other })];
    const comment: CommentText = { body: 'Cheap pills at https://cheap-pills.example/buy today', authorName: 'Buy Pills', authorUrl: null };
    await Promise.all(Array.from({ length: 40 }, (_, i) => filters[i % 2]!.learn(i % 4 === 3 ? { ...comment, body: `${comment.body} extra${i}` } : comment, 'spam')));
    const state = await loadFilterState(db);
    expect(state.spamDocs).toBe(40);
    expect(state.tokens.get('host:cheap-pills.example')).toEqual({ spam: 40, ham: 0 });
    expect(state.tokens.get('extra3')).toEqual({ spam: 1, ham: 0 });
  });
});

describe.each(dialects)('createSpamFilter on %s', (dialect) => {
  let scratch: Scratch;
  let db: Db;

  beforeEach(async () => {
    scratch = await scratchDatabase(dialect);
    db = await scratch.open();
    await migrateToLatest(db); // the real schema, spam_tokens and spam_totals included
  });
  afterEach(async () => {
    await scratch.drop();
  });

  const spam: CommentText = { body: 'Best casino bonus, free spins tonight https://spin-win.example/bonus', authorName: 'Casino Bonus', authorUrl: null };
  const ham: CommentText = { body: 'The council should publish the full budget before the vote on Thursday.', authorName: 'Ann Reader', authorUrl: null };

  it('has no opinion while untrained, then scores what it learned; a second instance sees the lessons at once', async () => {
    const filter = createSpamFilter({ db });
    expect(await filter.score(spam)).toEqual({ probability: 0.5, trained: false, evidence: [] });
    for (let i = 0; i < minDocsPerClass; i += 1) {
      await filter.learn(spam, 'spam');
      await filter.learn(ham, 'ham');
    }
    const other = createSpamFilter({ db: dialect === 'postgres' ? await scratch.open() : db });
    const result = await other.score({ ...spam, body: 'casino bonus tonight https://spin-win.example' });
    expect(result.trained).toBe(true);
    expect(result.probability).toBeGreaterThan(0.9);
    expect(result.evidence.map((e) => e.token)).toContain('host:spin-win.example');
    expect((await other.score(ham)).probability).toBeLessThan(0.1);
  });

  it('unlearns a decision a moderator reversed', async () => {
    const filter = createSpamFilter({ db });
    await filter.learn(ham, 'spam');
    await filter.unlearn(ham, 'spam');
    await filter.learn(ham, 'ham');
    const state = await loadFilterState(db);
    expect(state.spamDocs).toBe(0);
    expect(state.hamDocs).toBe(1);
    for (const token of new Set(tokenize(ham))) expect(state.tokens.get(token)).toEqual({ spam: 0, ham: 1 });
  });
});
