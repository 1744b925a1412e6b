// The filter trained on this newsroom's own approve/spam decisions. Sure of spam → spam;
// unsure → a moderator decides. An untrained filter has no opinion.
import type { Phase } from '../pipeline.ts';

export const spamAbove = 0.9;
export const uncertainAbove = 0.2;

export const learnedFilter: Phase = ({ filter }) => {
  if (!filter.trained) return undefined;
  const evidence = filter.evidence.length ? ` (${filter.evidence.slice(0, 3).join(', ')})` : '';
  if (filter.probability >= spamAbove) return { status: 'spam', reason: `learned filter: spam probability ${filter.probability.toFixed(2)}${evidence}` };
  if (filter.probability >= uncertainAbove) return { status: 'pending', reason: `learned filter unsure: spam probability ${filter.probability.toFixed(2)}${evidence}` };
  return undefined;
};
