// The learning filter as the comment service uses it: score a new comment, learn from each
// moderator decision, unlearn a reversed one. Scoring reads only the counts of the comment's
// own tokens (two small indexed queries), so every instance sees every lesson at once and no
// cache is needed. learn/unlearn open their own transaction: call them after the decision
// has been committed (from a listener), not inside another transaction on SQLite's one connection.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { CommentText, SpamLabel, SpamScore } from './spam-filter.ts';
import { score, tokenize } from './spam-filter.ts';
import { loadFilterState, recordLearning } from './spam-filter.repository.ts';

export interface SpamFilter {
  score(comment: CommentText): Promise<SpamScore>;
  learn(comment: CommentText, label: SpamLabel): Promise<void>;
  unlearn(comment: CommentText, label: SpamLabel): Promise<void>;
}

/** `clock` is accepted for symmetry with the other services; the filter has no use for time. */
export function createSpamFilter({ db }: { db: Db; clock?: Clock }): SpamFilter {
  const record = (comment: CommentText, label: SpamLabel, delta: 1 | -1) => db.transaction().execute((trx) => recordLearning(trx, tokenize(comment), label, delta));
  return {
    async score(comment) {
      const tokens = tokenize(comment);
      return score(await loadFilterState(db, tokens), tokens);
    },
    learn: (comment, label) => record(comment, label, 1),
    unlearn: (comment, label) => record(comment, label, -1),
  };
}
